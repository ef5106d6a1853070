package dev.mlquiz.core.round;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps rounds in memory so a burst of clicks on one round reads it once. Rounds change only by
 * closing; a close through this store drops the cached copy, but one by another process on the same
 * database does not, so a cached round may still look open. That is safe for answers, since their
 * insert refuses a closed round in the same statement (the player is told the round closed); whatever
 * must know whether a round is open right now reads the store behind this cache.
 */
public final class CachingRoundStore implements RoundStore {
    private final RoundStore store;
    private final Cache<RoundId, Round> rounds = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofHours(2))
            .recordStats()
            .build();

    /** The cache itself, for its hit rate on the metrics endpoint. */
    public Cache<?, ?> cache() {
        return rounds;
    }

    public CachingRoundStore(RoundStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Round open(Round candidate) {
        Round open = store.open(candidate);
        rounds.put(open.id(), open);
        return open;
    }

    @Override
    public Optional<Round> find(RoundId id) {
        Round cached = rounds.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Round> found = store.find(id);
        found.ifPresent(r -> rounds.put(id, r));
        return found;
    }

    @Override
    public Optional<Round> openAsk(ChannelId channel) {
        return store.openAsk(channel);
    }

    @Override
    public Optional<Round> openPractice(PlayerId owner) {
        return store.openPractice(owner);
    }

    @Override
    public Set<String> openChannelQuestions(TeamId team) {
        return store.openChannelQuestions(team);
    }

    @Override
    public List<Round> due(Instant now) {
        return store.due(now);
    }

    @Override
    public List<Round> daily(Collection<ChannelId> channels) {
        return store.daily(channels);
    }

    @Override
    public Optional<Round> latestDaily(ChannelId channel) {
        return store.latestDaily(channel);
    }

    @Override
    public Optional<Round> lastRevealedAsk(ChannelId channel) {
        return store.lastRevealedAsk(channel);
    }

    @Override
    public boolean close(RoundId id, Instant closedAt) {
        boolean closed = store.close(id, closedAt);
        rounds.invalidate(id);
        return closed;
    }

    @Override
    public List<Round> owedReveals(Instant now) {
        return store.owedReveals(now);
    }

    @Override
    public boolean claimReveal(RoundId id, Instant now) {
        return store.claimReveal(id, now);
    }

    @Override
    public void revealed(RoundId id) {
        store.revealed(id);
    }

    @Override
    public boolean withdraw(RoundId id, Instant closedAt) {
        boolean withdrawn = store.withdraw(id, closedAt);
        rounds.invalidate(id);
        return withdrawn;
    }
}
