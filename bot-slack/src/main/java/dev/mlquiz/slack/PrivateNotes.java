package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message for one user alone when there is no response_url to answer through (a modal's submission):
 * an ephemeral message in the channel it concerns, else, when that fails or no channel is known, a direct
 * message from the bot.
 */
final class PrivateNotes {
    private static final Logger log = LoggerFactory.getLogger(PrivateNotes.class);

    private PrivateNotes() {}

    static void send(MethodsClient client, String userId, Optional<String> channelId, View view) {
        SlackMessage message = SlackRenderer.render(view);
        if (channelId.isPresent() && ephemeral(client, userId, channelId.get(), message)) {
            return;
        }
        String direct;
        try {
            direct = DirectMessages.channel(client, userId);
        } catch (DirectMessages.Refused e) {
            log.warn("conversations.open for {} failed: {}", userId, e.getMessage());
            return;
        }
        try {
            ChatPostMessageResponse posted = client.chatPostMessage(
                    r -> r.channel(direct).text(message.text()).blocks(message.blocks()));
            if (!posted.isOk()) {
                log.warn("a direct message to {} failed: {}", userId, posted.getError());
            }
        } catch (Exception e) {
            log.warn("a direct message to {} failed: {}", userId, ErrorLine.of(e));
        }
    }

    private static boolean ephemeral(MethodsClient client, String userId, String channelId, SlackMessage message) {
        try {
            ChatPostEphemeralResponse posted = client.chatPostEphemeral(
                    r -> r.channel(channelId).user(userId).text(message.text()).blocks(message.blocks()));
            if (posted.isOk()) {
                return true;
            }
            log.info(
                    "chat.postEphemeral to {} in {} failed ({}): sending a direct message",
                    userId,
                    channelId,
                    posted.getError());
        } catch (Exception e) {
            log.info(
                    "chat.postEphemeral to {} in {} failed ({}): sending a direct message",
                    userId,
                    channelId,
                    ErrorLine.of(e));
        }
        return false;
    }
}
