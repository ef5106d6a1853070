package dev.mlquiz.core.publish;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.view.View;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The one way out to a platform, implemented once per adapter: post views to a channel, and show a view in
 * place of a message posted earlier. Which message shows which round is the core's bookkeeping
 * ({@link RoundMessageUpdater}), never the platform's. Neither method throws: a platform failure is a
 * {@link PostResult.Failed}, or, for an edit, logged by the adapter (with any platform-specific fallback,
 * such as posting the view anew where the message was deleted) and told by the edit's stage.
 */
public interface Publisher {
    /** Posts the views in order; the message a later edit replaces is the last one's. */
    PostResult post(ChannelId channel, List<View> views);

    /**
     * Shows {@code view} in place of the posted message {@code messageRef}. The stage completes once the
     * platform accepted the edit (or its fallback, such as the view posted anew), and exceptionally once the
     * adapter gave up; an edit superseded by a newer view of the message completes as the newer one does. It
     * may complete on another thread, long after the call returned (a rate limit's wait).
     */
    CompletionStage<Void> edit(ChannelId channel, String messageRef, View view);
}
