package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rendering out for posted rounds: chat.update of the round's message (live count, reveal). */
public final class SlackMessageEditor implements RoundMessageUpdater.MessageEditor {
    private static final Logger log = LoggerFactory.getLogger(SlackMessageEditor.class);

    private final RoundMessages messages;
    private volatile MethodsClient client;

    public SlackMessageEditor(RoundMessages messages) {
        this.messages = messages;
    }

    void connect(MethodsClient client) {
        this.client = client;
    }

    @Override
    public void edit(ChannelId channel, RoundId round, View view) {
        Optional<String> ts = messages.messageRef(round);
        MethodsClient methods = client;
        if (ts.isEmpty() || methods == null) {
            log.warn("cannot update round {}: its message in channel {} is unknown", round.value(), channel.value());
            return;
        }
        SlackMessage message = SlackRenderer.render(view);
        try {
            ChatUpdateResponse updated = methods.chatUpdate(r ->
                    r.channel(channel.value()).ts(ts.get()).text(message.text()).blocks(message.blocks()));
            if (!updated.isOk()) {
                log.warn("chat.update of round {} failed: {}", round.value(), updated.getError());
            }
        } catch (Exception e) {
            log.warn("chat.update of round {} failed: {}", round.value(), e.getMessage());
        }
    }
}
