package dev.mlquiz.core.store;

import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
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

/**
 * The score_totals table: per scope (a team, or one of its channels), period and player, the sums of the
 * answers of revealed rounds. A round's answers are added once, in the transaction that closes it
 * ({@link #settle}), each to the week and month it was given in (so Friday's question of the day,
 * revealed on Monday morning, still counts for the week it was played and for Monday's recap); a
 * time-zone change re-derives the team's totals from the record ({@link #rebuild}).
 * Either way the team's board version moves in the same transaction.
 */
final class ScoreTotals {
    /** Answers that count: those of revealed (closed, not withdrawn) channel rounds. */
    static final String REVEALED = " FROM answers a JOIN rounds r ON r.round_id = a.round_id"
            + " WHERE r.closed_at IS NOT NULL AND r.withdrawn = 0 AND a.kind <> 'PRACTICE'";

    private static final char SEPARATOR = '\u0000';
    private static final List<Window> PERIODIC = List.of(Window.WEEK, Window.MONTH);
    private static final String UPSERT = "INSERT INTO score_totals (scope_key, period, player_key, points, correct,"
            + " answered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope_key, period, player_key) DO UPDATE SET"
            + " points = score_totals.points + excluded.points,"
            + " correct = score_totals.correct + excluded.correct,"
            + " answered = score_totals.answered + excluded.answered";

    private ScoreTotals() {}

    /** Adds the answers of a round that has just closed to its team's totals. */
    static void settle(Connection connection, String roundId, String team) throws SQLException {
        ZoneId zone = zone(connection, team);
        Map<String, int[]> sums = new HashMap<>();
        try (PreparedStatement select = Database.prepare(
                        connection,
                        "SELECT channel_key, player_key, points, correct, answered_at FROM answers"
                                + " WHERE round_id = ? AND kind <> 'PRACTICE'",
                        roundId);
                ResultSet answers = select.executeQuery()) {
            while (answers.next()) {
                for (Period period : Period.containing(Instant.ofEpochMilli(answers.getLong(5)), zone)) {
                    for (String scope : new String[] {team, answers.getString(1)}) {
                        add(sums, key(scope, period, answers.getString(2)), answers.getInt(3), answers.getInt(4));
                    }
                }
            }
        }
        upsert(connection, sums);
        bumpVersion(connection, team);
    }

    /**
     * A team's channel scopes are its key plus "/channel" ({@code ChannelId#key}): one key range, from
     * this bound (inclusive), so the primary key index serves "every channel of the team".
     */
    static String firstChannelKey(String team) {
        return team + "/";
    }

    /** The range's exclusive end: '0' is the character after '/'. */
    static String pastLastChannelKey(String team) {
        return team + "0";
    }

    /** Re-derives every total of the team from its revealed answers, weeks and months in {@code zone}. */
    static void rebuild(Connection connection, String team, ZoneId zone) throws SQLException {
        try (PreparedStatement delete = Database.prepare(
                connection,
                "DELETE FROM score_totals WHERE scope_key = ? OR (scope_key >= ? AND scope_key < ?)",
                team,
                firstChannelKey(team),
                pastLastChannelKey(team))) {
            delete.executeUpdate();
        }
        for (String scope : new String[] {"a.team_key", "a.channel_key"}) {
            try (PreparedStatement all = Database.prepare(
                    connection,
                    "INSERT INTO score_totals (scope_key, period, player_key, points, correct, answered)"
                            + " SELECT " + scope + ", 'all', a.player_key, SUM(a.points), SUM(a.correct), COUNT(*)"
                            + REVEALED + " AND a.team_key = ? GROUP BY " + scope + ", a.player_key",
                    team)) {
                all.executeUpdate();
            }
        }
        rebuildPeriods(connection, team, zone);
        bumpVersion(connection, team);
    }

    /**
     * Weeks and months need the zone, so they are summed here, one week and one month at a time: the
     * answers come in time order, so each period's sums are written once, when the period ends.
     */
    private static void rebuildPeriods(Connection connection, String team, ZoneId zone) throws SQLException {
        Map<Window, Map<String, int[]>> sums = Map.of(Window.WEEK, new HashMap<>(), Window.MONTH, new HashMap<>());
        Map<Window, Period> current = new EnumMap<>(Window.class);
        try (PreparedStatement select = Database.prepare(
                        connection,
                        "SELECT a.player_key, a.channel_key, a.points, a.correct, a.answered_at" + REVEALED
                                + " AND a.team_key = ? ORDER BY a.answered_at",
                        team);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant at = Instant.ofEpochMilli(rows.getLong(5));
                for (Window window : PERIODIC) {
                    Period period = Period.of(window, at, zone);
                    if (!period.equals(current.get(window))) {
                        upsert(connection, sums.get(window));
                        sums.get(window).clear();
                        current.put(window, period);
                    }
                    for (String scope : new String[] {team, rows.getString(2)}) {
                        add(sums.get(window), key(scope, period, rows.getString(1)), rows.getInt(3), rows.getInt(4));
                    }
                }
            }
        }
        for (Map<String, int[]> left : sums.values()) {
            upsert(connection, left);
        }
    }

    /** Every team with an answer, each rebuilt in its own zone: the upgrade to totals that start at reveals. */
    static void rebuildAll(Connection connection) throws SQLException {
        for (String team :
                Database.query(connection, "SELECT DISTINCT team_key FROM answers", row -> row.getString(1))) {
            rebuild(connection, team, zone(connection, team));
        }
    }

    private static void bumpVersion(Connection connection, String team) throws SQLException {
        try (PreparedStatement bump = Database.prepare(
                connection,
                "INSERT INTO board_versions (team_key, version) VALUES (?, 1)"
                        + " ON CONFLICT (team_key) DO UPDATE SET version = board_versions.version + 1",
                team)) {
            bump.executeUpdate();
        }
    }

    private static ZoneId zone(Connection connection, String team) throws SQLException {
        return Database.query(
                        connection,
                        "SELECT time_zone FROM team_settings WHERE team_key = ?",
                        row -> ZoneId.of(row.getString(1)),
                        team)
                .stream()
                .findFirst()
                .orElse(Settings.DEFAULT_ZONE);
    }

    private static String key(String scope, Period period, String player) {
        return scope + SEPARATOR + period.key() + SEPARATOR + player;
    }

    private static void add(Map<String, int[]> sums, String key, int points, int correct) {
        int[] sum = sums.computeIfAbsent(key, k -> new int[3]);
        sum[0] += points;
        sum[1] += correct;
        sum[2]++;
    }

    /** Adds each sum (points, correct, answered) to its row, creating rows as needed. */
    private static void upsert(Connection connection, Map<String, int[]> sums) throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<String, int[]> entry : sums.entrySet()) {
                String key = entry.getKey();
                int first = key.indexOf(SEPARATOR);
                int second = key.indexOf(SEPARATOR, first + 1);
                upsert.setString(1, key.substring(0, first));
                upsert.setString(2, key.substring(first + 1, second));
                upsert.setString(3, key.substring(second + 1));
                upsert.setInt(4, entry.getValue()[0]);
                upsert.setInt(5, entry.getValue()[1]);
                upsert.setInt(6, entry.getValue()[2]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
