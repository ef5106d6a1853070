package dev.mlquiz.core.score;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A leaderboard period. Weeks start on Monday and months on the 1st, at midnight in the team's zone. */
public enum Window {
    WEEK("week", "This week"),
    MONTH("month", "This month"),
    ALL("all", "All time");

    private final String id;
    private final String title;

    Window(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Window> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("all-time") || wanted.equals("alltime")) {
            return Optional.of(ALL);
        }
        return Arrays.stream(values()).filter(w -> w.id.equals(wanted)).findFirst();
    }

    /** The instant this window began, as seen from {@code now} in {@code zone}. */
    public Instant start(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        switch (this) {
            case WEEK:
                return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay(zone)
                        .toInstant();
            case MONTH:
                return today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
            case ALL:
                return Instant.EPOCH;
            default:
                throw new AssertionError(this);
        }
    }
}
