package dev.mlquiz.core.publish;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.view.View;
import java.util.List;

/**
 * The one way out to a platform, implemented once per adapter: post views to a channel, and show a view in
 * place of a message posted earlier. Which message shows which round is the core's bookkeeping
 * ({@link RoundMessageUpdater}), never the platform's. Neither method throws: a platform failure is a
 * {@link PostResult.Failed}, or, for an edit, logged by the adapter (with any platform-specific fallback,
 * such as posting the view anew where the message was deleted).
 */
public interface Publisher {
    /** Posts the views in order; the message a later edit replaces is the last one's. */
    PostResult post(ChannelId channel, List<View> views);

    /** Shows {@code view} in place of the posted message {@code messageRef}. */
    void edit(ChannelId channel, String messageRef, View view);
}
