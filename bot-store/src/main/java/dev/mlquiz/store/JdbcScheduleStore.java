package dev.mlquiz.store;

import dev.mlquiz.core.daily.DailySchedule;
import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.daily.DaySet;
import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.questions.Difficulty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

final class JdbcScheduleStore implements ScheduleStore {
    private static final String COLUMNS = "channel_key, enabled, post_time, time_zone, days, topic, difficulty,"
            + " open_minutes, recap, last_error, last_error_at";

    /** The claimed_at of a released claim: no claimant's instant, and long out of any lease. */
    private static final long RELEASED = Long.MIN_VALUE;
    /** Matches a claim still held by the caller that made (or last renewed) it at the given instant. */
    private static final String HELD_BY_CALLER =
            " WHERE channel_key = ? AND local_date = ? AND settled_at IS NULL AND claimed_at = ?";

    private final Database db;

    JdbcScheduleStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<DailySchedule> find(ChannelId channel) {
        return db.queryOne(
                "SELECT " + COLUMNS + " FROM daily_schedules WHERE channel_key = ?",
                JdbcScheduleStore::schedule,
                channel.key());
    }

    @Override
    public void save(DailySchedule schedule) {
        DailySettings s = schedule.settings();
        db.update(
                "INSERT INTO daily_schedules (" + COLUMNS + ", team_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (channel_key) DO UPDATE SET enabled = excluded.enabled,"
                        + " post_time = excluded.post_time, time_zone = excluded.time_zone, days = excluded.days,"
                        + " topic = excluded.topic, difficulty = excluded.difficulty,"
                        + " open_minutes = excluded.open_minutes, recap = excluded.recap,"
                        + " last_error = excluded.last_error, last_error_at = excluded.last_error_at",
                schedule.channel().key(),
                schedule.enabled() ? 1 : 0,
                s.time().toString(),
                s.zone().map(ZoneId::getId).orElse(null),
                s.days().storageForm(),
                s.topicId().orElse(null),
                s.level().map(Difficulty::id).orElse(null),
                s.openFor().map(d -> (int) d.toMinutes()).orElse(null),
                schedule.recap() ? 1 : 0,
                schedule.lastError().orElse(null),
                schedule.lastErrorAt().map(Instant::toEpochMilli).orElse(null),
                schedule.channel().team().key());
    }

    @Override
    public List<DailySchedule> enabled() {
        return db.query(
                "SELECT " + COLUMNS + " FROM daily_schedules WHERE enabled = 1 ORDER BY channel_key",
                JdbcScheduleStore::schedule);
    }

    /**
     * First an insert, then settling a claim whose round's message is known, then a takeover: each one statement that changes a row only while its condition
     * holds, so of two processes the second finds the row already changed (PostgreSQL re-reads the row
     * once the first commits) and only reads who holds it.
     */
    @Override
    public DayClaim claim(ChannelId channel, LocalDate date, RoundId round, Instant at, Duration lease) {
        return db.write(context -> {
            int inserted = context.statement(
                            "INSERT INTO daily_posts (channel_key, local_date, round_id, claimed_at) VALUES (?, ?, ?, ?)"
                                    + " ON CONFLICT (channel_key, local_date) DO NOTHING",
                            channel.key(),
                            date.toString(),
                            round.value(),
                            at.toEpochMilli())
                    .executeUpdate();
            if (inserted == 1) {
                return new DayClaim(DayClaim.Status.CLAIMED, round);
            }
            context.statement(
                            "UPDATE daily_posts SET settled_at = ? WHERE channel_key = ? AND local_date = ?"
                                    + " AND settled_at IS NULL AND EXISTS (SELECT 1 FROM round_messages"
                                    + " WHERE round_messages.round_id = daily_posts.round_id)",
                            at.toEpochMilli(),
                            channel.key(),
                            date.toString())
                    .executeUpdate();
            int takenOver = context.statement(
                            "UPDATE daily_posts SET claimed_at = ? WHERE channel_key = ? AND local_date = ?"
                                    + " AND settled_at IS NULL AND claimed_at <= ?",
                            at.toEpochMilli(),
                            channel.key(),
                            date.toString(),
                            at.minus(lease).toEpochMilli())
                    .executeUpdate();
            return context.query(
                            "SELECT round_id, settled_at FROM daily_posts WHERE channel_key = ? AND local_date = ?",
                            row -> {
                                RoundId held = new RoundId(row.getString("round_id"));
                                row.getLong("settled_at");
                                DayClaim.Status status = takenOver == 1
                                        ? DayClaim.Status.TAKEN_OVER
                                        : row.wasNull() ? DayClaim.Status.HELD : DayClaim.Status.SETTLED;
                                return new DayClaim(status, held);
                            },
                            channel.key(),
                            date.toString())
                    .get(0);
        });
    }

    @Override
    public boolean renew(ChannelId channel, LocalDate date, Instant claimedAt, Instant at) {
        return setWhileHeld("claimed_at", at.toEpochMilli(), channel, date, claimedAt);
    }

    @Override
    public boolean settle(ChannelId channel, LocalDate date, Instant claimedAt, Instant at) {
        return setWhileHeld("settled_at", at.toEpochMilli(), channel, date, claimedAt);
    }

    @Override
    public void release(ChannelId channel, LocalDate date, Instant claimedAt) {
        setWhileHeld("claimed_at", RELEASED, channel, date, claimedAt);
    }

    /** Sets one column of the day's claim, if the claim made at {@code claimedAt} still holds it. */
    private boolean setWhileHeld(String column, long value, ChannelId channel, LocalDate date, Instant claimedAt) {
        return db.update(
                        "UPDATE daily_posts SET " + column + " = ?" + HELD_BY_CALLER,
                        value,
                        channel.key(),
                        date.toString(),
                        claimedAt.toEpochMilli())
                == 1;
    }

    @Override
    public void recordError(ChannelId channel, String error, Instant at) {
        db.update(
                "UPDATE daily_schedules SET last_error = ?, last_error_at = ? WHERE channel_key = ?",
                error.length() > 500 ? error.substring(0, 500) : error,
                at.toEpochMilli(),
                channel.key());
    }

    private static DailySchedule schedule(ResultSet row) throws SQLException {
        int openMinutes = row.getInt("open_minutes");
        Optional<Duration> openFor = row.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(openMinutes));
        long errorAt = row.getLong("last_error_at");
        Optional<Instant> lastErrorAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(errorAt));
        DailySettings settings = new DailySettings(
                LocalTime.parse(row.getString("post_time")),
                Optional.ofNullable(row.getString("time_zone")).map(ZoneId::of),
                DaySet.parse(row.getString("days")).orElse(DaySet.WEEKDAYS),
                Optional.ofNullable(row.getString("topic")),
                Optional.ofNullable(row.getString("difficulty")).flatMap(Difficulty::parse),
                openFor);
        return new DailySchedule(
                ChannelId.fromKey(row.getString("channel_key")),
                settings,
                row.getInt("enabled") == 1,
                row.getInt("recap") == 1,
                Optional.ofNullable(row.getString("last_error")),
                lastErrorAt);
    }
}
