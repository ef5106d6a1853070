package dev.mlquiz.discord;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.view.AnswerView;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Answer buttons in. Every click gets a private answer: a channel answer is confirmed ("Locked in: B")
 * or refused; a practice answer turns the private question into its feedback.
 */
public final class ButtonListener extends ListenerAdapter {
    private final Quiz quiz;

    public ButtonListener(Quiz quiz) {
        this.quiz = quiz;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<AnswerButtonId> button = AnswerButtonId.decode(event.getComponentId());
        AnswerOutcome outcome = button.isEmpty() || event.getGuild() == null
                ? new AnswerOutcome.UnknownRound(event.getComponentId())
                : quiz.answer(
                        DiscordIdentities.player(event.getUser(), event.getMember()),
                        DiscordIdentities.channel(event.getGuild().getId(), event.getChannelId()),
                        button.get().round(),
                        button.get().letter());
        AnswerView view = new AnswerView(outcome);
        if (outcome instanceof AnswerOutcome.Accepted
                && ((AnswerOutcome.Accepted) outcome).feedback().isPresent()) {
            event.editMessage(DiscordRenderer.edit(view)).queue();
        } else {
            event.reply(DiscordRenderer.create(view)).setEphemeral(true).queue();
        }
    }
}
