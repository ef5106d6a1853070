package dev.mlquiz.core.testing;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Remembers what the core announced; channels can be made to refuse posts, as a deleted one would. */
public final class RecordingAnnouncer implements Announcer {
    /** One question of the day as posted. */
    public record DailyPost(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {}

    public final List<RevealView> reveals = new CopyOnWriteArrayList<>();
    public final List<DailyPost> dailyPosts = new CopyOnWriteArrayList<>();
    public final AtomicInteger answersAnnounced = new AtomicInteger();
    public final Set<ChannelId> refusing = ConcurrentHashMap.newKeySet();
    /** Channels whose next post is rate limited, as Slack's 429 refuses one: nothing posted, try again later. */
    public final Set<ChannelId> rateLimitedOnce = ConcurrentHashMap.newKeySet();
    /**
     * While true, a reveal is not shown until the test completes its stage in {@link #showings}, as a
     * platform still waiting out a rate limit; while false, each is shown at once.
     */
    public volatile boolean holdingReveals;

    public final List<CompletableFuture<Void>> showings = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Void> roundClosed(RevealView reveal) {
        reveals.add(reveal);
        CompletableFuture<Void> showing = new CompletableFuture<>();
        showings.add(showing);
        if (!holdingReveals) {
            showing.complete(null);
        }
        return showing;
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        answersAnnounced.incrementAndGet();
    }

    @Override
    public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        if (refusing.contains(channel)) {
            return new PostResult.Failed("Missing Access");
        }
        if (rateLimitedOnce.remove(channel)) {
            return new PostResult.Failed("ratelimited", Optional.of(Duration.ofSeconds(5)));
        }
        dailyPosts.add(new DailyPost(channel, recap, card));
        return new PostResult.Posted("message-" + dailyPosts.size());
    }
}
