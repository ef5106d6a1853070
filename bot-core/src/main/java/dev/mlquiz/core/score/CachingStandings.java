package dev.mlquiz.core.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Caches leaderboard totals per team. Every recorded ranked answer must call {@link #answerRecorded}.
 * That bumps the team's version, which is part of every key: entries computed before the answer are
 * never read again (they age out), so a total shown always equals the sum of the records, even when a
 * load races with a write.
 */
public final class CachingStandings implements Standings {
    private record Key(String scope, String kind, Instant from, Instant until, long version) {}

    private final Standings standings;
    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Cache<Key, List<?>> cache = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    public CachingStandings(Standings standings) {
        this.standings = Objects.requireNonNull(standings, "standings");
    }

    public void answerRecorded(TeamId team) {
        version(team).incrementAndGet();
    }

    private AtomicLong version(TeamId team) {
        return versions.computeIfAbsent(team.key(), k -> new AtomicLong());
    }

    @Override
    public List<PlayerTotal> team(TeamId team, Instant from, Instant until) {
        return cached(
                new Key(team.key(), "team", from, until, version(team).get()), () -> standings.team(team, from, until));
    }

    @Override
    public List<PlayerTotal> channel(ChannelId channel, Instant from, Instant until) {
        return cached(
                new Key(
                        channel.key(),
                        "channel",
                        from,
                        until,
                        version(channel.team()).get()),
                () -> standings.channel(channel, from, until));
    }

    @Override
    public List<ChannelTotal> channels(TeamId team, Instant from, Instant until) {
        return cached(
                new Key(team.key(), "channels", from, until, version(team).get()),
                () -> standings.channels(team, from, until));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(Key key, Supplier<List<T>> load) {
        return (List<T>) cache.get(key, k -> List.copyOf(load.get()));
    }
}
