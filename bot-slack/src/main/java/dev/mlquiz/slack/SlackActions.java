package dev.mlquiz.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.view.AnswerView;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answer buttons in. Acknowledged at once; the answer is recorded off the request thread and confirmed
 * privately through the response_url. A practice answer replaces the private question with feedback.
 */
final class SlackActions {
    private static final Logger log = LoggerFactory.getLogger(SlackActions.class);

    private final Quiz quiz;
    private final Deliveries deliveries;
    private final ExecutorService work;

    SlackActions(Quiz quiz, Deliveries deliveries, ExecutorService work) {
        this.quiz = quiz;
        this.deliveries = deliveries;
        this.work = work;
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        BlockActionPayload.Action action = payload.getActions().get(0);
        // A retried delivery carries the same action timestamp: answer it only once.
        if (deliveries.first("action:" + payload.getUser().getId() + ":" + action.getActionTs())) {
            work.submit(() -> answer(payload, action, context));
        }
        return context.ack();
    }

    private void answer(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext context) {
        Optional<AnswerButtonId> button = AnswerButtonId.decode(action.getActionId());
        AnswerOutcome outcome = button.isEmpty()
                ? new AnswerOutcome.UnknownRound(action.getActionId())
                : quiz.answer(
                        SlackIdentities.player(
                                payload.getUser().getId(), payload.getUser().getUsername()),
                        SlackIdentities.channel(
                                payload.getTeam().getId(), payload.getChannel().getId()),
                        button.get().round(),
                        button.get().letter());
        SlackMessage message = SlackRenderer.render(new AnswerView(outcome));
        boolean practiceFeedback = outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent();
        try {
            context.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(practiceFeedback)
                    .text(message.text())
                    .blocks(message.blocks()));
        } catch (Exception e) {
            log.warn("confirming an answer through response_url failed: {}", e.getMessage());
        }
    }
}
