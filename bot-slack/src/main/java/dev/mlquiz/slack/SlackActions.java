package dev.mlquiz.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answer buttons in. The answer is recorded first (about a millisecond, committed when
 * {@link Quiz#answer} returns) and only then acknowledged, so an HTTP 200 means the click is stored even
 * if the process dies the next instant. The private confirmation follows on the outbound pool; a
 * practice answer replaces the private question with its feedback.
 */
final class SlackActions {
    private static final Logger log = LoggerFactory.getLogger(SlackActions.class);

    private final Quiz quiz;
    private final Deliveries deliveries;
    private final ClickReplies replies;

    SlackActions(Quiz quiz, Deliveries deliveries, ClickReplies replies) {
        this.quiz = quiz;
        this.deliveries = deliveries;
        this.replies = replies;
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        Optional<SlackClick> parsed = SlackClick.from(request.getPayload());
        if (parsed.isEmpty()) {
            return SlackClick.notAClick();
        }
        SlackClick click = parsed.get();
        if (!deliveries.first(click.deliveryKey())) {
            return context.ack();
        }
        if (!click.readable()) {
            confirm(context, SlackNotices.unreadableIds(), false);
            return context.ack();
        }
        Optional<AnswerButtonId> button = AnswerButtonId.decode(click.actionId());
        if (button.isEmpty()) {
            confirm(context, new AnswerView(new AnswerOutcome.UnknownRound(click.actionId())), false);
            return context.ack();
        }
        Optional<ChannelId> channel = click.channel();
        if (channel.isEmpty()) {
            confirm(context, SlackNotices.noChannel(), false);
            return context.ack();
        }
        AnswerOutcome outcome;
        try {
            outcome = quiz.answer(
                    click.player(),
                    channel.get(),
                    button.get().round(),
                    button.get().letter());
        } catch (RuntimeException e) {
            log.warn("recording a click by {} failed: {}", click.userId(), ErrorLine.of(e));
            deliveries.forget(click.deliveryKey());
            confirm(context, Notice.answerNotSaved(), false);
            return Response.builder()
                    .statusCode(500)
                    .contentType("text/plain")
                    .body("the answer was not saved")
                    .build();
        }
        boolean practiceFeedback = outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent();
        confirm(context, new AnswerView(outcome), practiceFeedback);
        return context.ack();
    }

    private void confirm(ActionContext context, View view, boolean replaceOriginal) {
        replies.send(context.getResponseUrl(), view, replaceOriginal);
    }
}
