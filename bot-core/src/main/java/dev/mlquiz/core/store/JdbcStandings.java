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
import dev.mlquiz.core.score.Window;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
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

    private static final List<Window> PERIODIC = List.of(Window.WEEK, Window.MONTH);

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

    /** Re-derives every total of the team from its answers in {@code zone}. */
    @Override
    public void rebuild(TeamId team, ZoneId zone) {
        // One unit on the writer: answers recorded meanwhile queue behind it, so moving the cursor to the
        // last answer at the end is exact. The team's pending answers are part of the re-derivation; other
        // teams' pending answers are applied first, in the same transaction.
        db.transaction(connection -> {
            try (PreparedStatement delete = Database.prepare(
                    connection,
                    "DELETE FROM score_totals WHERE scope_key = ? OR (scope_key >= ? AND scope_key < ?)",
                    team.key(),
                    team.key() + "/",
                    team.key() + "0")) {
                delete.executeUpdate();
            }
            for (String scope : new String[] {"team_key", "channel_key"}) {
                try (PreparedStatement all = Database.prepare(
                        connection,
                        "INSERT INTO score_totals (scope_key, period, player_key, points, correct, answered)"
                                + " SELECT " + scope + ", 'all', player_key, SUM(points), SUM(correct), COUNT(*)"
                                + " FROM answers WHERE team_key = ? AND kind <> 'PRACTICE'"
                                + " GROUP BY " + scope + ", player_key",
                        team.key())) {
                    all.executeUpdate();
                }
            }
            rebuildPeriods(connection, team, zone);
            TotalsApplier.applyAllExcept(connection, team.key());
            TotalsApplier.moveCursorToEnd(connection);
            return null;
        });
    }

    /**
     * Weeks and months need the zone, so they are summed here, one week and one month at a time: the
     * answers come in time order, so each period's sums are written once, when the period ends.
     */
    private static void rebuildPeriods(Connection connection, TeamId team, ZoneId zone) throws SQLException {
        Map<Window, Map<String, int[]>> sums = Map.of(Window.WEEK, new HashMap<>(), Window.MONTH, new HashMap<>());
        Map<Window, Period> current = new EnumMap<>(Window.class);
        try (PreparedStatement select = Database.prepare(
                        connection,
                        "SELECT player_key, channel_key, points, correct, answered_at FROM answers"
                                + " WHERE team_key = ? AND kind <> 'PRACTICE' ORDER BY answered_at",
                        team.key());
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant at = Instant.ofEpochMilli(rows.getLong(5));
                for (Window window : PERIODIC) {
                    Period period = Period.of(window, at, zone);
                    if (!period.equals(current.get(window))) {
                        ScoreTotals.upsert(connection, sums.get(window));
                        sums.get(window).clear();
                        current.put(window, period);
                    }
                    for (String scope : new String[] {team.key(), rows.getString(2)}) {
                        int[] sum = sums.get(window)
                                .computeIfAbsent(ScoreTotals.key(scope, period, rows.getString(1)), k -> new int[3]);
                        sum[0] += rows.getInt(3);
                        sum[1] += rows.getInt(4);
                        sum[2]++;
                    }
                }
            }
        }
        for (Map<String, int[]> left : sums.values()) {
            ScoreTotals.upsert(connection, left);
        }
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
