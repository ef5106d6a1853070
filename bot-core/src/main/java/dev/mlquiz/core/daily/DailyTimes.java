package dev.mlquiz.core.daily;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The calendar arithmetic of a schedule, in its zone. A local time that does not exist on a
 * spring-forward day is posted as soon as the clocks allow (02:30 becomes 03:30); a time that occurs twice
 * on a fall-back day is posted at its first occurrence. These are what {@link ZonedDateTime#of} resolves.
 */
public final class DailyTimes {
    /** A question closes this long before the next one is posted, so the reveal comes first. */
    public static final Duration MARGIN = Duration.ofMinutes(15);

    private final DailySettings settings;
    private final ZoneId zone;

    public DailyTimes(DailySettings settings, ZoneId teamZone) {
        this.settings = settings;
        this.zone = settings.zone().orElse(teamZone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant postTime(LocalDate date) {
        return ZonedDateTime.of(date, settings.time(), zone).toInstant();
    }

    public boolean scheduled(LocalDate date) {
        return settings.days().contains(date.getDayOfWeek());
    }

    /** Today's local date if today is a posting day and its post time has passed (a late post still counts). */
    public Optional<LocalDate> due(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return scheduled(today) && !now.isBefore(postTime(today)) ? Optional.of(today) : Optional.empty();
    }

    /** The first posting date strictly after {@code date}. */
    public LocalDate nextDate(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!scheduled(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The next post at or after {@code now}. */
    public Instant nextPost(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (scheduled(today) && !now.isAfter(postTime(today))) {
            return postTime(today);
        }
        return postTime(nextDate(today));
    }

    /** When a question posted at {@code postedAt} for {@code date} stops taking answers. */
    public Instant closesAt(LocalDate date, Instant postedAt) {
        Instant beforeNext = postTime(nextDate(date)).minus(MARGIN);
        Instant closes = settings.openFor().map(postedAt::plus).orElse(beforeNext);
        Instant earliest = postedAt.plus(DailySettings.MIN_OPEN);
        return closes.isBefore(earliest) ? earliest : closes;
    }

    /** Whether {@code date} is the first posting day of its ISO week (Monday start), for the weekly recap. */
    public boolean firstOfWeek(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        for (LocalDate day = monday; day.isBefore(date); day = day.plusDays(1)) {
            if (scheduled(day)) {
                return false;
            }
        }
        return scheduled(date);
    }
}
