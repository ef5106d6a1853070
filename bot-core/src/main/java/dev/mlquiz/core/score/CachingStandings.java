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

/**
 * Caches the team-against-team numbers under the team's totals version, read from the store each time:
 * an entry computed before a reveal (in this process or another) is never read again once the version
 * moved on (it ages out), so what is shown always equals the revealed record.
 */
public final class CachingStandings implements Standings {
    private record Key(String team, String period, long version) {}

    private final Standings standings;
    private final Cache<Key, List<ChannelTotal>> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();

    /** The cache itself, for its hit rate on the metrics endpoint. */
    public Cache<?, ?> cache() {
        return cache;
    }

    public CachingStandings(Standings standings) {
        this.standings = Objects.requireNonNull(standings, "standings");
    }

    @Override
    public long version(TeamId team) {
        return standings.version(team);
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
    public void beginRebuild(TeamId team, ZoneId zone) {
        standings.beginRebuild(team, zone);
    }

    @Override
    public void rebuild(TeamId team, ZoneId zone) {
        standings.rebuild(team, zone);
    }

    @Override
    public List<TeamId> resumeRebuilds() {
        return standings.resumeRebuilds();
    }
}
