package dev.mlquiz.core.daily;

import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How a channel wants its question of the day: local time, zone (else the team's), days, an optional
 * topic (by id, kept even if its pack is removed) and level, and how long it stays open (else until
 * shortly before the next post).
 */
public record DailySettings(
        LocalTime time,
        Optional<ZoneId> zone,
        DaySet days,
        Optional<String> topicId,
        Optional<Difficulty> level,
        Optional<Duration> openFor) {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    public static final Duration MIN_OPEN = Duration.ofMinutes(10);
    public static final Duration MAX_OPEN = Duration.ofDays(7);

    public DailySettings {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(openFor, "openFor");
        time = time.withSecond(0).withNano(0);
        openFor.ifPresent(d -> {
            if (d.compareTo(MIN_OPEN) < 0 || d.compareTo(MAX_OPEN) > 0) {
                throw new IllegalArgumentException("open duration " + d + " out of range");
            }
        });
    }

    public static DailySettings defaults() {
        return new DailySettings(
                DEFAULT_TIME, Optional.empty(), DaySet.WEEKDAYS, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
