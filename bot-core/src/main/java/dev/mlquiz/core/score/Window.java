package dev.mlquiz.core.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of leaderboard period; {@link Period} names one. Weeks start on Monday and months on the 1st. */
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
}
