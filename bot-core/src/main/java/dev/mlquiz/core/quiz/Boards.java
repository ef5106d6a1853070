package dev.mlquiz.core.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Ranking;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.TeamsView;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Leaderboards of players (a channel's, a team's) and of channels, over a week, a month or all time. */
final class Boards {
    static final int LEADERBOARD_SIZE = 10;

    private final Standings standings;
    private final Settings settings;
    private final Streaks streaks;
    private final StoredClock clock;
    private final Cache<BoardKey, LeaderboardView> boards = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();
    /**
     * A team's zone as of a board version: a zone change rebuilds the totals, which moves the version in any
     * process, so a warm board needs one read (the version), not two.
     */
    private final Cache<TeamVersion, ZoneId> zones =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private record TeamVersion(TeamId team, long version) {}

    private record BoardKey(Text scopeName, Window window, String scope, Period period, PlayerId asker, long version) {}

    Boards(Standings standings, Settings settings, Streaks streaks, StoredClock clock) {
        this.standings = Objects.requireNonNull(standings, "standings");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.streaks = Objects.requireNonNull(streaks, "streaks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The finished leaderboards, for their hit rate on the metrics endpoint. */
    Cache<?, ?> cache() {
        return boards;
    }

    Reply leaderboard(Invocation who, Window window, LeaderboardScope scope) {
        TeamId team = who.channel().team();
        return Reply.toChannel(
                scope == LeaderboardScope.TEAM
                        ? board(
                                Text.of(Msg.LEADERBOARD_SCOPE_TEAM),
                                window,
                                Scope.team(team),
                                who.player().id())
                        : board(
                                Text.of(Msg.LEADERBOARD_SCOPE_CHANNEL, who.channelName()),
                                window,
                                Scope.channel(who.channel()),
                                who.player().id()));
    }

    /** The team's leaderboard outside any channel (a Slack App Home, say). */
    LeaderboardView teamLeaderboard(TeamId team, PlayerId asker, Window window) {
        return board(Text.of(Msg.LEADERBOARD_SCOPE_TEAM), window, Scope.team(team), asker);
    }

    /** Built views are cached by the team's totals version, so a warm leaderboard costs a map lookup. */
    private LeaderboardView board(Text scopeName, Window window, Scope scope, PlayerId asker) {
        long version = standings.version(scope.team());
        ZoneId zone = zones.get(new TeamVersion(scope.team(), version), key -> settings.timeZone(key.team()));
        Period period = Period.of(window, clock.now(), zone);
        BoardKey key = new BoardKey(scopeName, window, scope.key(), period, asker, version);
        return boards.get(key, k -> build(scopeName, window, scope, period, asker));
    }

    private LeaderboardView build(Text scopeName, Window window, Scope scope, Period period, PlayerId asker) {
        Board board = standings.board(scope, period, LEADERBOARD_SIZE, Optional.of(asker));
        List<LeaderboardView.Line> top =
                Ranking.ranked(board.top(), PlayerTotal::points, (rank, total) -> line(rank, total, asker, scope));
        Optional<LeaderboardView.Line> own = board.asker()
                .filter(ranked -> board.top().stream().noneMatch(t -> t.player().equals(asker)))
                .map(ranked -> line(ranked.rank(), ranked.total(), asker, scope));
        return new LeaderboardView(scopeName, window, top, own, board.players());
    }

    private LeaderboardView.Line line(int rank, PlayerTotal total, PlayerId asker, Scope scope) {
        return new LeaderboardView.Line(
                rank,
                total.name(),
                total.points(),
                total.correct(),
                total.answered(),
                total.player().equals(asker),
                streaks.current(total.player(), scope.team()));
    }

    /** Channels of the team ranked by points per active player. */
    Reply teams(Invocation who, Window window) {
        TeamId team = who.channel().team();
        List<ChannelTotal> totals =
                standings.channels(team, Period.of(window, clock.now(), settings.timeZone(team))).stream()
                        .sorted(Comparator.comparingDouble(ChannelTotal::pointsPerPlayer)
                                .reversed()
                                .thenComparing(ChannelTotal::name))
                        .collect(Collectors.toList());
        List<TeamsView.Line> lines = Ranking.ranked(
                totals.subList(0, Math.min(totals.size(), LEADERBOARD_SIZE)),
                ChannelTotal::pointsPerPlayer,
                (rank, total) -> new TeamsView.Line(
                        rank, total.name(), total.pointsPerPlayer(), total.points(), total.activePlayers()));
        return Reply.toChannel(new TeamsView(window, lines));
    }
}
