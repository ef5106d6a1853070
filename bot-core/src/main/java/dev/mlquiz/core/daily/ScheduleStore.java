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
     * sharing the store: one caller at a time holds a (channel, date), and posts. A claim not
     * {@linkplain #settle settled} within {@code lease} of being claimed is taken over by the next caller
     * (with the claim's round, and a fresh lease), so a process dying between claiming and posting does
     * not skip the day.
     */
    DayClaim claim(ChannelId channel, LocalDate date, RoundId round, Instant at, Duration lease);

    /** The day is done with (its question posted, or the failure reported): its claim is never taken over. */
    void settle(ChannelId channel, LocalDate date, Instant at);

    void recordError(ChannelId channel, String error, Instant at);
}
