package dev.mlquiz.core.daily;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
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
     * Claims the channel's slot for a local date. Atomic across processes sharing the database: true for
     * exactly one caller per (channel, date), which then posts.
     */
    boolean claim(ChannelId channel, LocalDate date, RoundId round, Instant at);

    void recordError(ChannelId channel, String error, Instant at);
}
