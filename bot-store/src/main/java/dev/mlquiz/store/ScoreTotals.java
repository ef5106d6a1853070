package dev.mlquiz.store;

import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The score_totals table: per scope (a team, or one of its channels), period and player, the sums of the
 * answers of revealed rounds. A round's answers are added once, in the transaction that closes it
 * ({@link #settle}), each to the week and month it was given in (so Friday's question of the day,
 * revealed on Monday morning, still counts for the week it was played and for Monday's recap); a
 * time-zone change re-derives the team's weeks and months from the record, a few players per
 * transaction ({@link #rebuildChunk}). Either way the team's board version moves in the same
 * transaction, and first: its row is the team's lock where transactions overlap (PostgreSQL), so two
 * processes changing one team's totals take turns, and each reads the answers and totals the other
 * committed.
 *
 * <p>Beside it, players_by_points counts the players of each scope and period at each points total, so a
 * board's player count and the asker's rank are sums over a few dozen distinct totals instead of counts
 * over up to every player's row.
 */
final class ScoreTotals {
    /** The kinds that never rank ({@link RoundKind#ranked}), as an SQL list: the one place SQL names them. */
    private static final String UNRANKED_KINDS = Arrays.stream(RoundKind.values())
            .filter(kind -> !kind.ranked())
            .map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));

    /** Answers that count: those of revealed (closed, not withdrawn) channel rounds. */
    static final String REVEALED = " FROM answers a JOIN rounds r ON r.round_id = a.round_id"
            + " WHERE r.closed_at IS NOT NULL AND r.withdrawn = 0 AND " + ranked("a.kind");

    /**
     * How many answers one step of a time-zone change re-derives: an answer recorded meanwhile waits for
     * at most one step (measured in BENCHMARKS.md, "Issue 14: a time-zone change in chunks").
     */
    static final int ANSWERS_PER_CHUNK = 250;

    private static final List<Window> PERIODIC = List.of(Window.WEEK, Window.MONTH);
    private static final String UPSERT = "INSERT INTO score_totals (scope_key, period, player_key, points, correct,"
            + " answered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope_key, period, player_key) DO UPDATE SET"
            + " points = score_totals.points + excluded.points,"
            + " correct = score_totals.correct + excluded.correct,"
            + " answered = score_totals.answered + excluded.answered";

    private ScoreTotals() {}

    /** An SQL condition: the round kind in {@code column} is one that ranks. */
    static String ranked(String column) {
        return column + " NOT IN (" + UNRANKED_KINDS + ")";
    }

    /** Adds the answers of a round that has just closed to its team's totals. */
    static void settle(WriteContext context, String roundId, String team) throws SQLException {
        bumpVersion(context, team);
        ZoneId zone = zone(context, team);
        Map<Key, int[]> sums = new HashMap<>();
        try (ResultSet answers = context.statement(
                        "SELECT channel_key, player_key, points, correct, answered_at FROM answers"
                                + " WHERE round_id = ? AND " + ranked("kind"),
                        roundId)
                .executeQuery()) {
            while (answers.next()) {
                for (Period period : Period.containing(Instant.ofEpochMilli(answers.getLong(5)), zone)) {
                    for (String scope : new String[] {team, answers.getString(1)}) {
                        add(
                                sums,
                                new Key(scope, period.key(), answers.getString(2)),
                                answers.getInt(3),
                                answers.getInt(4));
                    }
                }
            }
        }
        upsertCounted(context, sums);
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

    /**
     * One step of a time-zone change: re-derives the weeks and months of the team's next players, those
     * after {@code after} in key order, until their answers number {@code answersPerChunk} (at least one
     * player, however many answers they have). All-time totals do not depend on the zone and stay.
     *
     * <p>Each step is a short write unit of its own, so answers and reveals go on between steps. A reveal
     * between two steps settles in the new zone (it is saved before the rebuild starts): players already
     * re-derived get it on their new rows; the others get it again from the record when their step
     * recomputes them from every revealed answer, replacing their rows, so nothing counts twice.
     *
     * @return the last player re-derived, to continue after; empty once no player is left, or when the
     *     team's zone has changed again meanwhile (that change's own rebuild re-derives every player)
     */
    static Optional<String> rebuildChunk(
            WriteContext context, String team, ZoneId zone, String after, int answersPerChunk) throws SQLException {
        bumpVersion(context, team);
        if (!zone(context, team).getRules().equals(zone.getRules())) {
            return Optional.empty();
        }
        String last = null;
        int answers = 0;
        try (ResultSet rows = context.statement(
                        "SELECT player_key, answered FROM score_totals WHERE scope_key = ? AND period = 'all'"
                                + " AND player_key > ? ORDER BY player_key LIMIT ?",
                        team,
                        after,
                        answersPerChunk)
                .executeQuery()) {
            while (answers < answersPerChunk && rows.next()) {
                last = rows.getString(1);
                answers += rows.getInt(2);
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        Map<Key, int[]> before = periodicTotals(context, team, after, last);
        Map<Key, int[]> now = periodicAnswerSums(context, team, after, last, zone);
        replace(context, before, now);
        return Optional.of(last);
    }

    /**
     * The weekly and monthly rows in the team and its channels of the players from {@code after}
     * (exclusive) to {@code last}: one range of the player index, whatever the team's size.
     */
    private static Map<Key, int[]> periodicTotals(WriteContext context, String team, String after, String last)
            throws SQLException {
        Map<Key, int[]> totals = new HashMap<>();
        try (ResultSet rows = context.statement(
                        "SELECT player_key, scope_key, period, points, correct, answered FROM score_totals"
                                + " WHERE player_key > ? AND player_key <= ?",
                        after,
                        last)
                .executeQuery()) {
            while (rows.next()) {
                String scope = rows.getString(2);
                String period = rows.getString(3);
                if (inTeam(scope, team) && !period.equals(Period.ALL.key())) {
                    totals.put(
                            new Key(scope, period, rows.getString(1)),
                            new int[] {rows.getInt(4), rows.getInt(5), rows.getInt(6)});
                }
            }
        }
        return totals;
    }

    /**
     * The revealed answers in the team of the same players, summed by week and month in {@code zone}. The
     * query names the players only, so that it can only use the player index; answers in other teams are
     * skipped here.
     */
    private static Map<Key, int[]> periodicAnswerSums(
            WriteContext context, String team, String after, String last, ZoneId zone) throws SQLException {
        Map<Key, int[]> sums = new HashMap<>();
        try (ResultSet rows = context.statement(
                        "SELECT a.player_key, a.team_key, a.channel_key, a.points, a.correct, a.answered_at" + REVEALED
                                + " AND a.player_key > ? AND a.player_key <= ?",
                        after,
                        last)
                .executeQuery()) {
            while (rows.next()) {
                if (!rows.getString(2).equals(team)) {
                    continue;
                }
                Instant at = Instant.ofEpochMilli(rows.getLong(6));
                for (Window window : PERIODIC) {
                    String period = Period.of(window, at, zone).key();
                    for (String scope : new String[] {team, rows.getString(3)}) {
                        add(sums, new Key(scope, period, rows.getString(1)), rows.getInt(4), rows.getInt(5));
                    }
                }
            }
        }
        return sums;
    }

    private static boolean inTeam(String scope, String team) {
        return scope.equals(team)
                || (scope.compareTo(firstChannelKey(team)) >= 0 && scope.compareTo(pastLastChannelKey(team)) < 0);
    }

    /**
     * Turns the rows {@code before} into the rows {@code now}, writing only those that differ, and moves
     * each player whose points changed between the counts of players_by_points.
     */
    private static void replace(WriteContext context, Map<Key, int[]> before, Map<Key, int[]> now) throws SQLException {
        Map<PointsCount, Integer> moves = new HashMap<>();
        PreparedStatement delete =
                context.statement("DELETE FROM score_totals WHERE scope_key = ? AND period = ? AND player_key = ?");
        PreparedStatement update = context.statement("UPDATE score_totals SET points = ?, correct = ?, answered = ?"
                + " WHERE scope_key = ? AND period = ? AND player_key = ?");
        PreparedStatement insert = context.statement("INSERT INTO score_totals (scope_key, period, player_key,"
                + " points, correct, answered) VALUES (?, ?, ?, ?, ?, ?)");
        for (Map.Entry<Key, int[]> old : before.entrySet()) {
            Key key = old.getKey();
            int[] sum = now.get(key);
            if (sum == null) {
                Database.bind(delete, key.scope(), key.period(), key.player());
                delete.addBatch();
            } else if (!Arrays.equals(sum, old.getValue())) {
                Database.bind(update, sum[0], sum[1], sum[2], key.scope(), key.period(), key.player());
                update.addBatch();
            }
            if (sum == null || sum[0] != old.getValue()[0]) {
                moves.merge(new PointsCount(key.scope(), key.period(), old.getValue()[0]), -1, Integer::sum);
            }
            if (sum != null && sum[0] != old.getValue()[0]) {
                moves.merge(new PointsCount(key.scope(), key.period(), sum[0]), 1, Integer::sum);
            }
        }
        for (Map.Entry<Key, int[]> fresh : now.entrySet()) {
            Key key = fresh.getKey();
            if (!before.containsKey(key)) {
                int[] sum = fresh.getValue();
                Database.bind(insert, key.scope(), key.period(), key.player(), sum[0], sum[1], sum[2]);
                insert.addBatch();
                moves.merge(new PointsCount(key.scope(), key.period(), sum[0]), 1, Integer::sum);
            }
        }
        delete.executeBatch();
        update.executeBatch();
        insert.executeBatch();
        move(context, moves);
    }

    private static void rebuildTotals(WriteContext context, String team, ZoneId zone) throws SQLException {
        context.statement(
                        "DELETE FROM score_totals WHERE scope_key = ? OR (scope_key >= ? AND scope_key < ?)",
                        team,
                        firstChannelKey(team),
                        pastLastChannelKey(team))
                .executeUpdate();
        for (String scope : new String[] {"a.team_key", "a.channel_key"}) {
            context.statement(
                            "INSERT INTO score_totals (scope_key, period, player_key, points, correct, answered)"
                                    + " SELECT " + scope + ", 'all', a.player_key, SUM(a.points), SUM(a.correct),"
                                    + " COUNT(*)" + REVEALED + " AND a.team_key = ? GROUP BY " + scope
                                    + ", a.player_key",
                            team)
                    .executeUpdate();
        }
        rebuildPeriods(context, team, zone);
    }

    /**
     * Weeks and months need the zone, so they are summed here, one week and one month at a time: the
     * answers come in time order, so each period's sums are written once, when the period ends.
     */
    private static void rebuildPeriods(WriteContext context, String team, ZoneId zone) throws SQLException {
        Map<Window, Map<Key, int[]>> sums = Map.of(Window.WEEK, new HashMap<>(), Window.MONTH, new HashMap<>());
        Map<Window, Period> current = new EnumMap<>(Window.class);
        try (ResultSet rows = context.statement(
                        "SELECT a.player_key, a.channel_key, a.points, a.correct, a.answered_at" + REVEALED
                                + " AND a.team_key = ? ORDER BY a.answered_at",
                        team)
                .executeQuery()) {
            while (rows.next()) {
                Instant at = Instant.ofEpochMilli(rows.getLong(5));
                for (Window window : PERIODIC) {
                    Period period = Period.of(window, at, zone);
                    if (!period.equals(current.get(window))) {
                        upsert(context, sums.get(window));
                        sums.get(window).clear();
                        current.put(window, period);
                    }
                    for (String scope : new String[] {team, rows.getString(2)}) {
                        add(
                                sums.get(window),
                                new Key(scope, period.key(), rows.getString(1)),
                                rows.getInt(3),
                                rows.getInt(4));
                    }
                }
            }
        }
        for (Map<Key, int[]> left : sums.values()) {
            upsert(context, left);
        }
    }

    /**
     * Every team with an answer, each rebuilt in its own zone: the upgrade (V6) to totals that start at
     * reveals. players_by_points does not exist yet at that version; V7 counts it from these totals.
     */
    static void rebuildAll(WriteContext context) throws SQLException {
        for (String team : context.query("SELECT DISTINCT team_key FROM answers", row -> row.getString(1))) {
            rebuildTotals(context, team, zone(context, team));
            bumpVersion(context, team);
        }
    }

    /** Moves the team's board version; on PostgreSQL this also locks the team's totals until commit. */
    private static void bumpVersion(WriteContext context, String team) throws SQLException {
        context.statement(
                        "INSERT INTO board_versions (team_key, version) VALUES (?, 1)"
                                + " ON CONFLICT (team_key) DO UPDATE SET version = board_versions.version + 1",
                        team)
                .executeUpdate();
    }

    private static ZoneId zone(WriteContext context, String team) throws SQLException {
        return JdbcSettingsStore.timeZone(context, team).orElse(Settings.DEFAULT_ZONE);
    }

    private static void add(Map<Key, int[]> sums, Key key, int points, int correct) {
        int[] sum = sums.computeIfAbsent(key, k -> new int[3]);
        sum[0] += points;
        sum[1] += correct;
        sum[2]++;
    }

    /**
     * Adds each sum (points, correct, answered) to its row, creating rows as needed, and moves each player
     * whose points changed from the count at the old total to the count at the new one.
     */
    private static void upsertCounted(WriteContext context, Map<Key, int[]> sums) throws SQLException {
        Map<PointsCount, Integer> moves = new HashMap<>();
        PreparedStatement upsert = context.statement(UPSERT + " RETURNING points, answered");
        for (Map.Entry<Key, int[]> entry : sums.entrySet()) {
            Key key = entry.getKey();
            int[] sum = entry.getValue();
            upsert.setString(1, key.scope());
            upsert.setString(2, key.period());
            upsert.setString(3, key.player());
            upsert.setInt(4, sum[0]);
            upsert.setInt(5, sum[1]);
            upsert.setInt(6, sum[2]);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                int points = row.getInt(1);
                boolean created = row.getInt(2) == sum[2];
                if (created || sum[0] != 0) {
                    moves.merge(new PointsCount(key.scope(), key.period(), points), 1, Integer::sum);
                }
                if (!created && sum[0] != 0) {
                    moves.merge(new PointsCount(key.scope(), key.period(), points - sum[0]), -1, Integer::sum);
                }
            }
        }
        move(context, moves);
    }

    /** Adds each move to the count of players at its points total, dropping counts that reach zero. */
    private static void move(WriteContext context, Map<PointsCount, Integer> moves) throws SQLException {
        PreparedStatement count = context.statement(
                "INSERT INTO players_by_points (scope_key, period, points, players) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (scope_key, period, points)"
                        + " DO UPDATE SET players = players_by_points.players + excluded.players");
        PreparedStatement dropEmpty = context.statement(
                "DELETE FROM players_by_points WHERE scope_key = ? AND period = ? AND points = ? AND players = 0");
        for (Map.Entry<PointsCount, Integer> move : moves.entrySet()) {
            PointsCount at = move.getKey();
            if (move.getValue() == 0) {
                continue;
            }
            count.setString(1, at.scope());
            count.setString(2, at.period());
            count.setInt(3, at.points());
            count.setInt(4, move.getValue());
            count.addBatch();
            if (move.getValue() < 0) {
                dropEmpty.setString(1, at.scope());
                dropEmpty.setString(2, at.period());
                dropEmpty.setInt(3, at.points());
                dropEmpty.addBatch();
            }
        }
        count.executeBatch();
        dropEmpty.executeBatch();
    }

    /** Adds each sum (points, correct, answered) to its row, creating rows as needed. */
    private static void upsert(WriteContext context, Map<Key, int[]> sums) throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        PreparedStatement upsert = context.statement(UPSERT);
        for (Map.Entry<Key, int[]> entry : sums.entrySet()) {
            Key key = entry.getKey();
            upsert.setString(1, key.scope());
            upsert.setString(2, key.period());
            upsert.setString(3, key.player());
            upsert.setInt(4, entry.getValue()[0]);
            upsert.setInt(5, entry.getValue()[1]);
            upsert.setInt(6, entry.getValue()[2]);
            upsert.addBatch();
        }
        upsert.executeBatch();
    }

    /** A totals row's key: a scope (team or channel key), a period key and a player key. */
    private record Key(String scope, String period, String player) {}

    /** A players_by_points row's key. */
    private record PointsCount(String scope, String period, int points) {}
}
