package dev.mlquiz.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.text.Msg;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted report form, read from the payload and nothing else trusted: the reason must be one of the
 * form's, the details within {@link Report#MAX_NOTE} (Slack's own limit can be bypassed by a forged
 * payload), the origin one {@link ReportForm.Origin} wrote.
 */
record ReportSubmission(
        String userId,
        String username,
        String name,
        String teamId,
        String viewId,
        Optional<ReportForm.Origin> origin,
        String reasonWord,
        String note) {

    static ReportSubmission from(ViewSubmissionPayload payload) {
        ViewSubmissionPayload.User user = payload.getUser();
        String team = payload.getTeam() != null && payload.getTeam().getId() != null
                ? payload.getTeam().getId()
                : user == null ? null : user.getTeamId();
        View view = payload.getView();
        Map<String, Map<String, ViewState.Value>> values =
                view == null || view.getState() == null || view.getState().getValues() == null
                        ? Map.of()
                        : view.getState().getValues();
        ViewState.Value reason = input(values, ReportForm.REASON_BLOCK, ReportForm.REASON_ACTION);
        ViewState.Value note = input(values, ReportForm.NOTE_BLOCK, ReportForm.NOTE_ACTION);
        return new ReportSubmission(
                user == null ? null : user.getId(),
                user == null ? null : user.getUsername(),
                user == null ? null : user.getName(),
                team,
                view == null ? null : view.getId(),
                ReportForm.Origin.decode(view == null ? null : view.getPrivateMetadata()),
                reason == null || reason.getSelectedOption() == null
                        ? ""
                        : String.valueOf(reason.getSelectedOption().getValue()),
                note == null || note.getValue() == null ? "" : note.getValue());
    }

    private static ViewState.Value input(
            Map<String, Map<String, ViewState.Value>> values, String block, String action) {
        Map<String, ViewState.Value> inBlock = values.get(block);
        return inBlock == null ? null : inBlock.get(action);
    }

    /** The user and workspace ids are Slack ids, so the submission can name a player. */
    boolean readable() {
        return SlackIdentities.isId(userId) && SlackIdentities.isId(teamId);
    }

    Optional<ReportReason> reason() {
        return ReportReason.fromWord(reasonWord);
    }

    /** What the form itself shows beside its inputs, by block id; empty when the inputs can be filed. */
    Map<String, String> inputErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason().isEmpty()) {
            errors.put(ReportForm.REASON_BLOCK, SlackRenderer.TEXT.resolve(ReportReason.refusal(reasonWord)));
        }
        int length = note.strip().length();
        if (length > Report.MAX_NOTE) {
            errors.put(
                    ReportForm.NOTE_BLOCK,
                    SlackRenderer.TEXT.resolve(Msg.REPORT_NOTE_TOO_LONG, Report.MAX_NOTE, length));
        }
        return errors;
    }

    /** A form is submitted once; a redelivery of the same submission carries the same view id. */
    String deliveryKey() {
        return "report-form:" + userId + ":" + viewId;
    }

    Player player() {
        return SlackIdentities.player(userId, username, name);
    }
}
