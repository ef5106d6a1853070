package dev.mlquiz.core.view;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small pieces of wording every front end shows the same way. */
public final class Wording {
    private Wording() {}

    /** Heads the right answers that earned nothing because the player had scored on the question before. */
    public static final String SEEN_BEFORE = "Seen before: no points";

    public static String points(int points) {
        return points + (points == 1 ? " point" : " points");
    }

    public static String answers(int count) {
        return count + (count == 1 ? " answer" : " answers");
    }

    public static String players(int count) {
        return count + (count == 1 ? " player" : " players");
    }

    /** "45 s", "12 min", "14 h 40 min", "3 days": how long until a deadline, for people. */
    public static String duration(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        if (seconds < 90) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 90) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return (hours / 24) + " days";
    }

    /** Cuts to {@code max} characters, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** As many names (each cut and escaped for the platform) as fit in {@code max}, then "and N more". */
    public static String names(List<String> names, int max, int nameMax, UnaryOperator<String> escape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = escape.apply(cut(names.get(i), nameMax));
            String more = " and " + (names.size() - i) + " more";
            if (text.length() + name.length() + 2 + more.length() > max) {
                return text.append(more).toString();
            }
            text.append(i == 0 ? "" : ", ").append(name);
        }
        return text.toString();
    }
}
