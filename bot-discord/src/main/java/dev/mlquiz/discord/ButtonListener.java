package dev.mlquiz.discord;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.Notice;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answer buttons in (every button but the report one, which the {@link ReportListener} takes). Every
 * click gets a private answer: a channel answer is confirmed ("Locked in: B") or refused; a practice
 * answer turns the private question into its feedback.
 */
public final class ButtonListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

    private final Quiz quiz;

    public ButtonListener(Quiz quiz) {
        this.quiz = quiz;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (ReportButtonId.decode(event.getComponentId()).isPresent()) {
            return; // the ReportListener's
        }
        AnswerOutcome outcome;
        try {
            outcome = record(event);
        } catch (RuntimeException e) {
            log.error("{} was not recorded: {}", InteractionGate.describe(event), Failures.oneLine(e));
            event.reply(DiscordRenderer.create(Notice.answerNotSaved()))
                    .setEphemeral(true)
                    .queue(done -> {}, failure -> replyFailed(event, failure));
            return;
        }
        // Only now, with the answer committed, is the click acknowledged: a confirmation never stands
        // for an answer that was lost. The reply is queued, not awaited, so a burst of clicks is not
        // held up by Discord round trips on the few listener threads.
        AnswerView view = new AnswerView(outcome);
        if (outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent()) {
            event.editMessage(DiscordRenderer.edit(view)).queue(done -> {}, failure -> replyFailed(event, failure));
        } else {
            event.reply(DiscordRenderer.create(view))
                    .setEphemeral(true)
                    .queue(done -> {}, failure -> replyFailed(event, failure));
        }
    }

    private static void replyFailed(ButtonInteractionEvent event, Throwable failure) {
        log.warn("answering {} failed: {}", InteractionGate.describe(event), Failures.oneLine(failure));
    }

    /** The core's verdict on the click, committed to the database when it returns. */
    private AnswerOutcome record(ButtonInteractionEvent event) {
        Optional<AnswerButtonId> button = AnswerButtonId.decode(event.getComponentId());
        if (button.isEmpty() || event.getGuild() == null) {
            return new AnswerOutcome.UnknownRound(event.getComponentId());
        }
        return quiz.answer(
                DiscordIdentities.player(event.getUser(), event.getMember()),
                DiscordIdentities.channel(event.getGuild().getId(), event.getChannelId()),
                button.get().round(),
                button.get().letter());
    }
}
