package dev.mlquiz.discord;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import java.util.Optional;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

/**
 * Reports in, from the button under a reveal or feedback. The button's answer is the {@link ReportForm}
 * itself, at once and without touching the database, so Discord's 3 s deadline holds whatever the load;
 * the report is filed when the form comes back, and the reporter alone is told whether it was.
 */
public final class ReportListener extends ListenerAdapter {

    private final Quiz quiz;

    public ReportListener(Quiz quiz) {
        this.quiz = quiz;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        ReportButtonId.decode(event.getComponentId()).ifPresent(button -> event.replyModal(ReportForm.of(button))
                .queue(done -> {}, failure -> InteractionGate.unanswered(event, failure)));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Notice notice = ReportButtonId.decode(event.getModalId())
                .map(form -> file(event, form))
                .orElseGet(() -> Notice.error(Text.of(Msg.REPORT_STALE_BUTTON)));
        event.reply(DiscordRenderer.create(notice))
                .setEphemeral(true)
                .queue(done -> {}, failure -> InteractionGate.unanswered(event, failure));
    }

    /** The core's verdict on a submitted form, filed when it returns; a reason not among the four files nothing. */
    private Notice file(ModalInteractionEvent event, ReportButtonId form) {
        if (event.getGuild() == null) {
            return Notice.error(Text.of(Msg.DISCORD_SERVERS_ONLY));
        }
        String word = chosen(event.getValue(ReportForm.REASON)).orElse("");
        Optional<ReportReason> reason = ReportReason.fromWord(word);
        if (reason.isEmpty()) {
            return Notice.error(ReportReason.refusal(word));
        }
        return quiz.report(
                DiscordIdentities.player(event.getUser(), event.getMember()).id(),
                DiscordIdentities.channel(event.getGuild().getId(), event.getChannelId()),
                form.round(),
                reason.get(),
                typed(event.getValue(ReportForm.DETAILS)));
    }

    /** The picked value of a select; nothing when the field is missing or is not a select. */
    private static Optional<String> chosen(ModalMapping field) {
        if (field == null || field.getType() != Component.Type.STRING_SELECT) {
            return Optional.empty();
        }
        return field.getAsStringList().stream().findFirst();
    }

    /** The text of a text box; empty when it was left empty, is missing or is not a text box. */
    private static String typed(ModalMapping field) {
        if (field == null || field.getType() != Component.Type.TEXT_INPUT || field.getAsString() == null) {
            return "";
        }
        return field.getAsString();
    }
}
