package dev.mlquiz.core.score;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A leaderboard period as stored with the running totals: all time, one week (by its Monday) or one
 * month, in the team's time zone.
 */
public record Period(String key) {
    private static final Pattern FORMAT = Pattern.compile("all|w\\d{4}-\\d{2}-\\d{2}|m\\d{4}-\\d{2}");
    public static final Period ALL = new Period("all");

    public Period {
        Objects.requireNonNull(key, "key");
        if (!FORMAT.matcher(key).matches()) {
            throw new IllegalArgumentException("not a period: " + key);
        }
    }

    public static Period week(LocalDate anyDay) {
        return new Period("w" + anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public static Period month(YearMonth month) {
        return new Period("m" + month);
    }

    /** The period of {@code window} that contains {@code instant} in {@code zone}. */
    public static Period of(Window window, Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        switch (window) {
            case WEEK:
                return week(day);
            case MONTH:
                return month(YearMonth.from(day));
            case ALL:
                return ALL;
            default:
                throw new AssertionError(window);
        }
    }

    /** Every period an answer given at {@code instant} counts in. */
    public static List<Period> containing(Instant instant, ZoneId zone) {
        return List.of(ALL, of(Window.WEEK, instant, zone), of(Window.MONTH, instant, zone));
    }
}
