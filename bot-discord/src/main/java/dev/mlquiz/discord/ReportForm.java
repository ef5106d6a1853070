package dev.mlquiz.discord;

import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.text.Msg;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The form a report button ({@link ReportButtonId}) opens: a reason to pick and optional details. Its id
 * is the button's, so the submission names the round it reports. Discord adds the form's own submit
 * button.
 */
final class ReportForm {
    /** The custom id of the reason picker, whose values are {@link ReportReason#word()}s. */
    static final String REASON = "reason";
    /** The custom id of the details box. */
    static final String DETAILS = "details";

    private ReportForm() {}

    static Modal of(ReportButtonId button) {
        StringSelectMenu.Builder reasons = StringSelectMenu.create(REASON).setRequiredRange(1, 1);
        for (ReportReason reason : ReportReason.values()) {
            reasons.addOption(DiscordRenderer.TEXT.resolve(reason.label()), reason.word());
        }
        TextInput details = TextInput.create(DETAILS, TextInputStyle.PARAGRAPH)
                .setRequired(false)
                .setMaxLength(Report.MAX_NOTE)
                .setPlaceholder(DiscordRenderer.TEXT.resolve(Msg.REPORT_FORM_NOTE_HINT))
                .build();
        return Modal.create(button.encode(), DiscordRenderer.TEXT.resolve(Msg.REPORT_FORM_TITLE))
                .addComponents(
                        Label.of(DiscordRenderer.TEXT.resolve(Msg.REPORT_FORM_REASON), reasons.build()),
                        Label.of(DiscordRenderer.TEXT.resolve(Msg.REPORT_FORM_NOTE), details))
                .build();
    }
}
