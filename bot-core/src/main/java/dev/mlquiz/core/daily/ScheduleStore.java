package dev.mlquiz.core.daily;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Persisted question-of-the-day schedules, and the claims that make each day's post happen once. */
public interface ScheduleStore {
    Optional<DailySchedule> find(ChannelId channel);

    void save(DailySchedule schedule);

    List<DailySchedule> enabled();

    /**
     * Claims the channel's question of the day for a local date, for {@code round}. Atomic across processes
     * sharing the store: one caller at a time holds a (channel, date), and posts. The claim is the caller's
     * while it stays as the caller made it at {@code at}: {@link #renew}, {@link #settle} and {@link #release}
     * name it by that instant. A claim not settled within {@code lease} of being claimed is taken over by the
     * next caller (with the claim's round, and a fresh lease), so a process dying between claiming and
     * posting does not skip the day. A claim whose round already has a message ({@link
     * dev.mlquiz.core.round.RoundMessages}) was posted, whoever failed to settle it: it is settled then,
     * never taken over.
     */
    DayClaim claim(ChannelId channel, LocalDate date, RoundId round, Instant at, Duration lease);

    /**
     * Restarts the lease of the caller's claim, made (or last renewed) at {@code claimedAt}, from {@code at},
     * just before posting. False when the claim is no longer the caller's (taken over, settled, released):
     * the caller must not post.
     */
    boolean renew(ChannelId channel, LocalDate date, Instant claimedAt, Instant at);

    /**
     * The caller's claim, made (or last renewed) at {@code claimedAt}, is done with (its question posted, or
     * the failure reported): it is never taken over. False, and nothing changes, when the claim is no longer
     * the caller's.
     */
    boolean settle(ChannelId channel, LocalDate date, Instant claimedAt, Instant at);

    /**
     * The caller failed before posting its claim, made (or last renewed) at {@code claimedAt}: the next
     * caller takes it over at once, with its round, instead of after the lease. Nothing changes when the
     * claim is no longer the caller's.
     */
    void release(ChannelId channel, LocalDate date, Instant claimedAt);

    void recordError(ChannelId channel, String error, Instant at);
}
