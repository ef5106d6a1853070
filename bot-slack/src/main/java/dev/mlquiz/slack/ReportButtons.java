package dev.mlquiz.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Report a problem" clicks, under reveals and practice or review feedback: the report form opens with
 * views.open. Its trigger_id lasts 3 seconds, so the form is opened right in the handler, before the
 * acknowledgment, rather than queued behind other work; nothing is filed until the form is sent.
 */
final class ReportButtons {
    static final Pattern ACTIONS = Pattern.compile("mlquiz\\.report\\..*");

    private static final Logger log = LoggerFactory.getLogger(ReportButtons.class);

    /**
     * How long views.open may take. Its trigger lasts 3 seconds and the acknowledgment waits for it, so a
     * slow Slack costs the form (the player is told), never a late acknowledgment.
     */
    static final int OPEN_WITHIN_MILLIS = 2_000;

    private final Deliveries deliveries;
    private final ClickReplies replies;
    private final Slack forms;

    /** {@code slack}: the app's own client settings, which the forms' client copies with its time bound. */
    ReportButtons(Deliveries deliveries, ClickReplies replies, SlackConfig slack) {
        this.deliveries = deliveries;
        this.replies = replies;
        SlackConfig bounded = new SlackConfig();
        bounded.setMethodsEndpointUrlPrefix(slack.getMethodsEndpointUrlPrefix());
        bounded.setHttpClientCallTimeoutMillis(OPEN_WITHIN_MILLIS);
        this.forms = Slack.getInstance(bounded);
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        Optional<SlackClick> parsed = SlackClick.from(request.getPayload());
        if (parsed.isEmpty()) {
            return SlackClick.notAClick();
        }
        SlackClick click = parsed.get();
        Optional<ReportButtonId> button = ReportButtonId.decode(click.actionId());
        Optional<ChannelId> channel = click.readable() ? click.channel() : Optional.empty();
        if (channel.isEmpty()) {
            replies.send(context.getResponseUrl(), SlackNotices.unreadableIds(), false);
        } else if (button.isEmpty()) {
            replies.send(context.getResponseUrl(), Notice.error(Text.of(Msg.REPORT_STALE_BUTTON)), false);
        } else if (deliveries.seen(click.deliveryKey()) != Deliveries.Seen.AGAIN) {
            // Opening the form needs no database; with the log unreadable a retry may open it twice.
            View form = ReportForm.modal(
                    new ReportForm.Origin(button.get().round(), channel.get().value()));
            MethodsClient client = forms.methods(context.getBotToken());
            if (!open(client, request.getPayload().getTriggerId(), form, click.userId())) {
                deliveries.forget(click.deliveryKey());
                replies.send(context.getResponseUrl(), Notice.failedOnOurSide(), false);
            }
        }
        return context.ack();
    }

    private static boolean open(MethodsClient client, String trigger, View form, String userId) {
        try {
            ViewsOpenResponse opened =
                    client.viewsOpen(r -> r.triggerId(trigger).view(form));
            if (!opened.isOk()) {
                log.warn("views.open of the report form for {} failed: {}", userId, opened.getError());
            }
            return opened.isOk();
        } catch (Exception e) {
            log.warn("views.open of the report form for {} failed: {}", userId, ErrorLine.of(e));
            return false;
        }
    }
}
