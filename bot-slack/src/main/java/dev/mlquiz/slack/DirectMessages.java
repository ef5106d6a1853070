package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.util.List;

/** The bot's direct-message channel with a user, opened (or found again) with conversations.open. */
final class DirectMessages {
    private DirectMessages() {}

    /** Slack would not open the direct message: the message is its error code or the failure, in one line. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    static String channel(MethodsClient client, String userId) throws Refused {
        ConversationsOpenResponse opened;
        try {
            opened = client.conversationsOpen(r -> r.users(List.of(userId)));
        } catch (Exception e) {
            throw new Refused(ErrorLine.of(e));
        }
        if (!opened.isOk()) {
            throw new Refused(opened.getError());
        }
        return opened.getChannel().getId();
    }
}
