package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** How the core tells a platform about things no command asked for just now. Adapters implement it. */
public interface Announcer {

    /**
     * A channel round closed (by its timer or an admin): show the reveal where the question was posted. The
     * stage completes once the platform accepted it, and exceptionally when it never will (the adapter gave
     * up); until then the reveal stays owed. Never waits for the platform.
     */
    CompletionStage<Void> roundClosed(RevealView reveal);

    /** Someone answered; the adapter may refresh the live count (coalescing bursts) via {@link Quiz#card}. */
    void answerRecorded(RoundId round, ChannelId channel);

    /**
     * Posts a question of the day (after last week's recap, when there is one) to the channel. Called
     * from the scheduler thread; it may block until the platform answers.
     */
    PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card);

    /** Whether a post reached the channel: the message to edit later, or why it failed. */
    sealed interface PostResult permits PostResult.Posted, PostResult.Failed {
        record Posted(String messageRef) implements PostResult {
            public Posted {
                Objects.requireNonNull(messageRef, "messageRef");
            }
        }

        /**
         * Not posted, and why. {@code retryAfter}: the platform refused it for now (a rate limit) before any
         * of it reached the channel, and the same post may be tried again after that wait.
         */
        record Failed(String reason, Optional<Duration> retryAfter) implements PostResult {
            public Failed {
                Objects.requireNonNull(reason, "reason");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }

            public Failed(String reason) {
                this(reason, Optional.empty());
            }
        }
    }

    Announcer SILENT = new Announcer() {
        @Override
        public CompletionStage<Void> roundClosed(RevealView reveal) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}

        @Override
        public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
            return new PostResult.Failed("no front end serves this platform");
        }
    };
}
