package dev.mlquiz.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Standings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads leaderboards from the running totals (one index range per board) and re-derives them from the
 * answer record when a team's time zone changes.
 */
final class JdbcStandings implements Standings {
    private static final Logger log = LoggerFactory.getLogger(JdbcStandings.class);

    private static final String TOTALS = "SELECT t.player_key, p.display_name, t.points, t.correct, t.answered"
            + " FROM score_totals t LEFT JOIN players p ON p.player_key = t.player_key";

    private final Database db;

    JdbcStandings(Database db) {
        this.db = db;
    }

    @Override
    public Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker) {
        db.awaitQueuedUpdates();
        List<PlayerTotal> top = db.query(
                TOTALS + " WHERE t.scope_key = ? AND t.period = ?"
                        + " ORDER BY t.points DESC, t.correct DESC, t.player_key LIMIT ?",
                JdbcStandings::total,
                scope.key(),
                period.key(),
                limit);
        int players = db.queryOne(
                        "SELECT COALESCE(SUM(players), 0) FROM players_by_points WHERE scope_key = ? AND period = ?",
                        row -> row.getInt(1),
                        scope.key(),
                        period.key())
                .orElse(0);
        Optional<Board.RankedTotal> own = asker.flatMap(player -> db.queryOne(
                        TOTALS + " WHERE t.scope_key = ? AND t.period = ? AND t.player_key = ?",
                        JdbcStandings::total,
                        scope.key(),
                        period.key(),
                        player.key()))
                .map(total -> new Board.RankedTotal(
                        1
                                + db.queryOne(
                                                "SELECT COALESCE(SUM(players), 0) FROM players_by_points"
                                                        + " WHERE scope_key = ? AND period = ? AND points > ?",
                                                row -> row.getInt(1),
                                                scope.key(),
                                                period.key(),
                                                total.points())
                                        .orElse(0),
                        total));
        return new Board(top, own, players);
    }

    @Override
    public List<ChannelTotal> channels(TeamId team, Period period) {
        db.awaitQueuedUpdates();
        return db.query(
                "SELECT t.scope_key, MAX(c.display_name) AS name, SUM(t.points) AS points, COUNT(*) AS players"
                        + " FROM score_totals t LEFT JOIN channels c ON c.channel_key = t.scope_key"
                        + " WHERE t.scope_key >= ? AND t.scope_key < ? AND t.period = ? GROUP BY t.scope_key",
                row -> {
                    ChannelId channel = ChannelId.fromKey(row.getString("scope_key"));
                    String name = row.getString("name");
                    return new ChannelTotal(
                            channel,
                            name == null ? channel.value() : name,
                            row.getInt("points"),
                            row.getInt("players"));
                },
                ScoreTotals.firstChannelKey(team.key()),
                ScoreTotals.pastLastChannelKey(team.key()),
                period.key());
    }

    @Override
    public int regulars(ChannelId channel, Instant since) {
        return db.queryOne(
                        "SELECT COUNT(DISTINCT a.player_key)" + ScoreTotals.REVEALED
                                + " AND a.channel_key = ? AND a.answered_at >= ?",
                        row -> row.getInt(1),
                        channel.key(),
                        since.toEpochMilli())
                .orElse(0);
    }

    /**
     * Re-derives the team's weeks and months from its revealed answers in {@code zone}, a chunk of players
     * per write unit ({@link ScoreTotals#rebuildChunk}), each committed alone, so the writer is never held
     * for long: answers and reveals commit between chunks, and never wait for more than one. Meanwhile a
     * board may mix both zones; returns once every chunk is in. Each chunk commits its progress with it
     * (table {@code zone_rebuilds}), so a change cut short is finished by {@link #resumeRebuilds}.
     */
    @Override
    public void rebuild(TeamId team, ZoneId zone) {
        rebuild(team, zone, ScoreTotals.ANSWERS_PER_CHUNK, () -> {});
    }

    /** {@link #rebuild} in chunks of {@code answersPerChunk}, running {@code betweenChunks} after each commit. */
    void rebuild(TeamId team, ZoneId zone, int answersPerChunk, Runnable betweenChunks) {
        beginRebuild(team, zone);
        continueRebuild(team.key(), answersPerChunk, betweenChunks, false);
    }

    /** The change's progress row, from the first player: started again if the team was mid-way through another. */
    @Override
    public void beginRebuild(TeamId team, ZoneId zone) {
        db.update(
                "INSERT INTO zone_rebuilds (team_key, zone, after_player) VALUES (?, ?, '') ON CONFLICT (team_key)"
                        + " DO UPDATE SET zone = excluded.zone, after_player = excluded.after_player",
                team.key(),
                zone.getId());
    }

    /**
     * Finishes every time-zone change that was started and not finished (its process ended mid-way), from
     * where it stopped. A chunk another process is running is left to it (never waited for on this
     * process's writer); between its chunks, the processes take the change's chunks in turn. A team whose
     * change fails is logged and tried again next time, after the others.
     *
     * @return the teams whose change this call completed
     */
    @Override
    public List<TeamId> resumeRebuilds() {
        List<TeamId> finished = new ArrayList<>();
        for (String team : db.query("SELECT team_key FROM zone_rebuilds ORDER BY team_key", row -> row.getString(1))) {
            try {
                if (continueRebuild(team, ScoreTotals.ANSWERS_PER_CHUNK, () -> {}, true) == Step.FINISHED) {
                    finished.add(TeamId.fromKey(team));
                }
            } catch (RuntimeException e) {
                log.error("finishing the time-zone change of team {} failed; trying again later", team, e);
            }
        }
        return finished;
    }

    /** Where a change stands after a chunk. */
    private enum Step {
        /** More players are left. */
        MORE,
        /** This chunk was the last: the change is complete. */
        FINISHED,
        /** Nothing to do here: no change in progress, or (when resuming) another process is running a chunk. */
        NONE
    }

    private Step continueRebuild(String team, int answersPerChunk, Runnable betweenChunks, boolean resuming) {
        while (true) {
            Step step = db.writeAlone(context -> nextChunk(context, team, answersPerChunk, resuming));
            if (step != Step.MORE) {
                return step;
            }
            db.maintainNow();
            betweenChunks.run();
        }
    }

    /** Re-derives the chunk after the change's progress and records the new progress. */
    private Step nextChunk(WriteContext context, String team, int answersPerChunk, boolean resuming)
            throws SQLException {
        List<String[]> progress = context.query(
                "SELECT zone, after_player FROM zone_rebuilds WHERE team_key = ?"
                        + (resuming
                                ? db.dialect().lockWriteOrSkip()
                                : db.dialect().lockWrite()),
                row -> new String[] {row.getString(1), row.getString(2)},
                team);
        if (progress.isEmpty()) {
            return Step.NONE;
        }
        String zone = progress.get(0)[0];
        Optional<String> last =
                ScoreTotals.rebuildChunk(context, team, ZoneId.of(zone), progress.get(0)[1], answersPerChunk);
        if (last.isPresent()) {
            context.statement("UPDATE zone_rebuilds SET after_player = ? WHERE team_key = ?", last.get(), team)
                    .executeUpdate();
            return Step.MORE;
        }
        // Done, or the team's zone changed again: that change saved its own progress row, or is about to.
        context.statement("DELETE FROM zone_rebuilds WHERE team_key = ? AND zone = ?", team, zone)
                .executeUpdate();
        return Step.FINISHED;
    }

    @Override
    public long version(TeamId team) {
        return db.queryOne("SELECT version FROM board_versions WHERE team_key = ?", row -> row.getLong(1), team.key())
                .orElse(0L);
    }

    private static PlayerTotal total(ResultSet row) throws SQLException {
        PlayerId player = PlayerId.fromKey(row.getString("player_key"));
        String name = row.getString("display_name");
        return new PlayerTotal(
                player,
                name == null ? player.value() : name,
                row.getInt("points"),
                row.getInt("correct"),
                row.getInt("answered"));
    }
}
