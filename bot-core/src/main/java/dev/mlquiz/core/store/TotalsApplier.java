package dev.mlquiz.core.store;

import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.settings.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives the leaderboard totals from the answer record, in record order, off the answer path: recording
 * an answer is one insert, and the totals catch up once answers have been quiet for a moment (after a
 * burst, not during it), a few thousand answers per transaction. The cursor moves in the same transaction
 * as the totals it produced, so nothing is applied twice or lost, even across a crash. Every read of the
 * totals first applies whatever is pending, so what is read always equals the record.
 */
final class TotalsApplier implements AutoCloseable {
    static final int CHUNK = 20_000;
    /** How long answers must pause before the totals catch up in the background. */
    static final Duration QUIET = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(TotalsApplier.class);

    private final Database db;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong lastAnswer = new AtomicLong();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mlquiz-totals");
        thread.setDaemon(true);
        return thread;
    });

    TotalsApplier(Database db) {
        this.db = db;
    }

    /** An answer was recorded: apply it once answers pause (or on the next read, whichever comes first). */
    void answerRecorded() {
        lastAnswer.set(System.nanoTime());
        if (scheduled.compareAndSet(false, true)) {
            background.schedule(this::applyWhenQuiet, QUIET.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void applyWhenQuiet() {
        long quietFor = System.nanoTime() - lastAnswer.get();
        if (quietFor < QUIET.toNanos()) {
            background.schedule(this::applyWhenQuiet, QUIET.toNanos() - quietFor, TimeUnit.NANOSECONDS);
            return;
        }
        scheduled.set(false);
        try {
            applyPending();
        } catch (RuntimeException e) {
            log.warn("applying answers to the leaderboard totals failed; the next read retries", e);
        }
    }

    /**
     * Brings the totals up to the last recorded answer, including answers another process wrote or a
     * stopped process never applied. Two index lookups when nothing is pending.
     */
    void applyPending() {
        while (behind()) {
            int applied;
            do {
                applied = db.transaction(connection -> applyChunk(connection, ""));
            } while (applied == CHUNK);
        }
    }

    private boolean behind() {
        return db.queryOne(
                        "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM answers)"
                                + " > (SELECT last_answer FROM totals_cursor WHERE name = 'score_totals')",
                        row -> row.getInt(1) == 1)
                .orElse(false);
    }

    /**
     * Within a rebuild of {@code team}: applies every other team's pending answers, since the rebuild moves
     * the cursor past them all.
     */
    static void applyAllExcept(Connection connection, String team) throws SQLException {
        while (applyChunk(connection, team) == CHUNK) {
            // keep going: a chunk that came back full may have more behind it
        }
    }

    /**
     * Applies up to {@link #CHUNK} answers after the cursor, skipping {@code skipTeam}'s (when not empty);
     * returns how many rows it read.
     */
    private static int applyChunk(Connection connection, String skipTeam) throws SQLException {
        long cursor;
        try (PreparedStatement read = connection.prepareStatement(
                        "SELECT last_answer FROM totals_cursor WHERE name = 'score_totals'");
                ResultSet row = read.executeQuery()) {
            cursor = row.next() ? row.getLong(1) : 0;
        }
        Map<String, ZoneId> zones = zones(connection);
        Map<String, int[]> sums = new HashMap<>();
        long last = cursor;
        int rows = 0;
        try (PreparedStatement select = Database.prepare(
                        connection,
                        "SELECT rowid, team_key, channel_key, player_key, points, correct, answered_at, kind"
                                + " FROM answers WHERE rowid > ? ORDER BY rowid LIMIT " + CHUNK,
                        cursor);
                ResultSet answers = select.executeQuery()) {
            while (answers.next()) {
                rows++;
                last = answers.getLong(1);
                if ("PRACTICE".equals(answers.getString(8))) {
                    continue;
                }
                String team = answers.getString(2);
                if (team.equals(skipTeam)) {
                    continue;
                }
                ZoneId zone = zones.getOrDefault(team, Settings.DEFAULT_ZONE);
                for (Period period : Period.containing(Instant.ofEpochMilli(answers.getLong(7)), zone)) {
                    add(sums, team, period, answers);
                    add(sums, answers.getString(3), period, answers);
                }
            }
        }
        if (rows == 0) {
            return 0;
        }
        ScoreTotals.upsert(connection, sums);
        try (PreparedStatement move = Database.prepare(
                connection, "UPDATE totals_cursor SET last_answer = ? WHERE name = 'score_totals'", last)) {
            move.executeUpdate();
        }
        return rows;
    }

    private static void add(Map<String, int[]> sums, String scope, Period period, ResultSet answer)
            throws SQLException {
        int[] sum = sums.computeIfAbsent(ScoreTotals.key(scope, period, answer.getString(4)), k -> new int[3]);
        sum[0] += answer.getInt(5);
        sum[1] += answer.getInt(6);
        sum[2]++;
    }

    private static Map<String, ZoneId> zones(Connection connection) throws SQLException {
        Map<String, ZoneId> zones = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT team_key, time_zone FROM team_settings");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                zones.put(rows.getString(1), ZoneId.of(rows.getString(2)));
            }
        }
        return zones;
    }

    /** Marks every answer so far as applied; the caller has just re-derived all totals. */
    static void moveCursorToEnd(Connection connection) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("UPDATE totals_cursor SET last_answer ="
                + " (SELECT COALESCE(MAX(rowid), 0) FROM answers) WHERE name = 'score_totals'")) {
            move.executeUpdate();
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
