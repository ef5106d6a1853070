package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.view.View;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Slack side of {@link Publisher}: chat.postMessage for posts, chat.update for edits. */
public final class SlackPublisher implements Publisher {
    private static final Logger log = LoggerFactory.getLogger(SlackPublisher.class);

    private volatile MethodsClient client;

    void connect(MethodsClient client) {
        this.client = client;
    }

    /** A failure's reason is Slack's error code ("not_in_channel"), so callers can tell what to say. */
    @Override
    public PostResult post(ChannelId channel, List<View> views) {
        MethodsClient methods = client;
        if (methods == null) {
            return new PostResult.Failed("Slack is not connected yet");
        }
        try {
            String ts = null;
            for (View view : views) {
                SlackMessage message = SlackRenderer.render(view);
                ChatPostMessageResponse posted = methods.chatPostMessage(
                        r -> r.channel(channel.value()).text(message.text()).blocks(message.blocks()));
                if (!posted.isOk()) {
                    return new PostResult.Failed(posted.getError());
                }
                ts = posted.getTs();
            }
            return ts == null ? new PostResult.Failed("nothing to post") : new PostResult.Posted(ts);
        } catch (Exception e) {
            return new PostResult.Failed(ErrorLine.of(e));
        }
    }

    @Override
    public void edit(ChannelId channel, String ts, View view) {
        MethodsClient methods = client;
        if (methods == null) {
            log.warn("cannot update message {} in channel {}: Slack is not connected yet", ts, channel.value());
            return;
        }
        SlackMessage message = SlackRenderer.render(view);
        try {
            ChatUpdateResponse updated = methods.chatUpdate(
                    r -> r.channel(channel.value()).ts(ts).text(message.text()).blocks(message.blocks()));
            if (!updated.isOk()) {
                log.warn("chat.update of message {} failed: {}", ts, updated.getError());
            }
        } catch (Exception e) {
            log.warn("chat.update of message {} failed: {}", ts, ErrorLine.of(e));
        }
    }
}
