package dev.mlquiz.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report form sent. Inputs the form should never have let through (a forged reason or details over the
 * limit) keep the form open with the problem beside the input; otherwise it closes at once, and the report
 * is filed on the work pool, its outcome told to the reporter alone in the channel of the click.
 */
final class ReportSubmissions {
    private static final Logger log = LoggerFactory.getLogger(ReportSubmissions.class);

    private final Quiz quiz;
    private final Deliveries deliveries;
    private final Workers work;

    ReportSubmissions(Quiz quiz, Deliveries deliveries, Workers work) {
        this.quiz = quiz;
        this.deliveries = deliveries;
        this.work = work;
    }

    Response handle(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ReportSubmission form = ReportSubmission.from(request.getPayload());
        if (!form.readable()) {
            log.warn("a report form with unreadable ids; nothing filed");
            return context.ack();
        }
        Map<String, String> errors = form.inputErrors();
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        Deliveries.Seen seen = deliveries.seen(form.deliveryKey());
        if (seen == Deliveries.Seen.AGAIN) {
            return context.ack();
        }
        if (seen == Deliveries.Seen.UNKNOWN) {
            return keepOpen(context, SlackNotices.databaseUnreachable());
        }
        MethodsClient client = context.client();
        if (!work.submit("filing a report", () -> file(form, client))) {
            deliveries.forget(form.deliveryKey());
            return keepOpen(context, Notice.busy());
        }
        return context.ack();
    }

    /** Nothing was filed: the form stays open with why beside its reason, to be sent again. */
    private static Response keepOpen(ViewSubmissionContext context, Notice why) {
        return context.ackWithErrors(Map.of(ReportForm.REASON_BLOCK, SlackRenderer.TEXT.resolve(why.message())));
    }

    private void file(ReportSubmission form, MethodsClient client) {
        Optional<ReportForm.Origin> origin = form.origin();
        PrivateNotes.send(client, form.userId(), origin.map(ReportForm.Origin::channelId), outcome(form, origin));
    }

    private Notice outcome(ReportSubmission form, Optional<ReportForm.Origin> origin) {
        if (origin.isEmpty()) {
            return Notice.error(Text.of(Msg.REPORT_STALE_BUTTON));
        }
        try {
            return quiz.report(
                    form.player().id(),
                    SlackIdentities.channel(form.teamId(), origin.get().channelId()),
                    origin.get().round(),
                    form.reason().orElseThrow(),
                    form.note());
        } catch (RuntimeException e) {
            log.warn("filing a report by {} failed: {}", form.userId(), ErrorLine.of(e));
            return Notice.failedOnOurSide();
        }
    }
}
