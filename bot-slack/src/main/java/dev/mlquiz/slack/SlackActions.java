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
 * if the process dies the next instant. Every delivery of a click is recorded, a redelivery too: a second
 * record of the same click is refused as already answered and changes nothing, so a retry that arrives
 * while the first delivery is still saving is acknowledged only once the answer is stored. The delivery
 * log, written only after an answer is stored, decides which delivery sends the private confirmation (on
 * the outbound pool); a practice answer replaces the private question with its feedback.
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
        Optional<AnswerButtonId> button = AnswerButtonId.decode(click.actionId());
        Optional<ChannelId> channel = click.channel();
        if (!click.readable()) {
            confirmOnce(context, click, SlackNotices.unreadableIds(), false);
        } else if (button.isEmpty()) {
            confirmOnce(context, click, new AnswerView(new AnswerOutcome.UnknownRound(click.actionId())), false);
        } else if (channel.isEmpty()) {
            confirmOnce(context, click, SlackNotices.noChannel(), false);
        } else {
            return answer(context, click, channel.get(), button.get());
        }
        return context.ack();
    }

    private Response answer(ActionContext context, SlackClick click, ChannelId channel, AnswerButtonId button) {
        AnswerOutcome outcome;
        try {
            outcome = quiz.answer(click.player(), channel, button.round(), button.letter());
        } catch (RuntimeException e) {
            log.warn("recording a click by {} failed: {}", click.userId(), ErrorLine.of(e));
            return notSaved(context, click);
        }
        boolean practiceFeedback = outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent();
        confirmOnce(context, click, new AnswerView(outcome), practiceFeedback);
        return context.ack();
    }

    /**
     * This delivery could not record the click. An earlier delivery of it that did (the log has it) already
     * stored and confirmed it; otherwise the player is asked to click again, and the delivery stays unlogged
     * so that Slack's retry, or the next click, confirms.
     */
    private Response notSaved(ActionContext context, SlackClick click) {
        Deliveries.Seen seen = deliveries.seen(click.deliveryKey());
        if (seen == Deliveries.Seen.AGAIN) {
            return context.ack();
        }
        confirm(context, Notice.answerNotSaved(), false);
        if (seen == Deliveries.Seen.FIRST) {
            deliveries.forget(click.deliveryKey());
        }
        return Response.builder()
                .statusCode(500)
                .contentType("text/plain")
                .body("the answer was not saved")
                .build();
    }

    /** A redelivery of a click sends nothing; if the log cannot tell, a second confirmation beats none. */
    private void confirmOnce(ActionContext context, SlackClick click, View view, boolean replaceOriginal) {
        if (deliveries.seen(click.deliveryKey()) != Deliveries.Seen.AGAIN) {
            confirm(context, view, replaceOriginal);
        }
    }

    private void confirm(ActionContext context, View view, boolean replaceOriginal) {
        replies.send(context.getResponseUrl(), view, replaceOriginal);
    }
}
