package dev.mlquiz.core.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Standings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads leaderboards from the running totals (one index range per board) and re-derives them from the
 * answer record when a team's time zone changes.
 */
final class JdbcStandings implements Standings {
    private static final String TOTALS = "SELECT t.player_key, p.display_name, t.points, t.correct, t.answered"
            + " FROM score_totals t LEFT JOIN players p ON p.player_key = t.player_key";

    /** Sums held in memory before a rebuild writes them out. */
    private static final int FLUSH_AT = 200_000;

    private final Database db;
    private final TotalsApplier applier;

    JdbcStandings(Database db, TotalsApplier applier) {
        this.db = db;
        this.applier = applier;
    }

    @Override
    public Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker) {
        db.awaitQueuedUpdates();
        applier.applyPending();
        List<PlayerTotal> top = db.query(
                TOTALS + " WHERE t.scope_key = ? AND t.period = ?"
                        + " ORDER BY t.points DESC, t.correct DESC, t.player_key LIMIT ?",
                JdbcStandings::total,
                scope.key(),
                period.key(),
                limit);
        int players = db.queryOne(
                        "SELECT COUNT(*) FROM score_totals WHERE scope_key = ? AND period = ?",
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
                                                "SELECT COUNT(*) FROM score_totals WHERE scope_key = ? AND period = ? AND points > ?",
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
        applier.applyPending();
        // Channel scopes are the team key plus "/channel": a key range, so the primary key index serves it.
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
                team.key() + "/",
                team.key() + "0",
                period.key());
    }

    @Override
    public int regulars(ChannelId channel, Instant since) {
        return db.queryOne(
                        "SELECT COUNT(DISTINCT player_key) FROM answers"
                                + " WHERE channel_key = ? AND answered_at >= ? AND kind <> 'PRACTICE'",
                        row -> row.getInt(1),
                        channel.key(),
                        since.toEpochMilli())
                .orElse(0);
    }

    /**
     * Applies what is pending, then re-derives every total of the team from its answers in {@code zone}
     * and moves the cursor to the end. Other teams keep their totals: their answers were all applied.
     */
    @Override
    public void rebuild(TeamId team, ZoneId zone) {
        applier.applyPending();
        db.transaction(connection -> {
            try (PreparedStatement delete = Database.prepare(
                    connection,
                    "DELETE FROM score_totals WHERE scope_key = ? OR (scope_key >= ? AND scope_key < ?)",
                    team.key(),
                    team.key() + "/",
                    team.key() + "0")) {
                delete.executeUpdate();
            }
            Map<String, int[]> sums = new HashMap<>();
            try (PreparedStatement select = Database.prepare(
                            connection,
                            "SELECT player_key, channel_key, points, correct, answered_at FROM answers"
                                    + " WHERE team_key = ? AND kind <> 'PRACTICE' ORDER BY answered_at",
                            team.key());
                    ResultSet rows = select.executeQuery()) {
                Period week = null;
                while (rows.next()) {
                    List<Period> periods = Period.containing(Instant.ofEpochMilli(rows.getLong(5)), zone);
                    if (!periods.get(1).equals(week) && sums.size() > FLUSH_AT) {
                        // Answers come in time order: write what was summed so far to bound memory.
                        ScoreTotals.upsert(connection, sums);
                        sums.clear();
                    }
                    week = periods.get(1);
                    for (Period period : periods) {
                        for (String scope : new String[] {team.key(), rows.getString(2)}) {
                            int[] sum = sums.computeIfAbsent(
                                    ScoreTotals.key(scope, period, rows.getString(1)), k -> new int[3]);
                            sum[0] += rows.getInt(3);
                            sum[1] += rows.getInt(4);
                            sum[2]++;
                        }
                    }
                }
            }
            ScoreTotals.upsert(connection, sums);
            TotalsApplier.moveCursorToEnd(connection);
            return null;
        });
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
