package dev.mlquiz.core.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Versions each team's totals and caches the team-against-team numbers. Every change to a team's
 * totals must call {@link #changed}. That bumps the team's version, which is part of every key (here
 * and in the quiz's leaderboard cache): entries computed before the change are never read again (they
 * age out), so what is shown always equals the records, even when a load races a write.
 */
public final class CachingStandings implements Standings {
    private record Key(String team, String period, long version) {}

    private final Standings standings;
    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Cache<Key, List<ChannelTotal>> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    public CachingStandings(Standings standings) {
        this.standings = Objects.requireNonNull(standings, "standings");
    }

    public void changed(TeamId team) {
        counter(team).incrementAndGet();
    }

    /** Changes whenever the team's totals may have; callers may key their own caches by it. */
    public long version(TeamId team) {
        return counter(team).get();
    }

    private AtomicLong counter(TeamId team) {
        return versions.computeIfAbsent(team.key(), k -> new AtomicLong());
    }

    @Override
    public Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker) {
        // Finished leaderboards are cached by the quiz, keyed by version(team): no second cache here.
        return standings.board(scope, period, limit, asker);
    }

    @Override
    public List<ChannelTotal> channels(TeamId team, Period period) {
        Key key = new Key(team.key(), period.key(), version(team));
        return cache.get(key, k -> List.copyOf(standings.channels(team, period)));
    }

    @Override
    public int regulars(ChannelId channel, Instant since) {
        return standings.regulars(channel, since);
    }

    @Override
    public void rebuild(TeamId team, ZoneId zone) {
        standings.rebuild(team, zone);
        changed(team);
    }
}
