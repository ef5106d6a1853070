package dev.mlquiz.core.view;

import dev.mlquiz.core.answer.PracticeFeedback;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small pieces of wording every front end shows the same way. */
public final class Wording {
    private Wording() {}

    /** Under a practice question: it is private and answered at once. */
    public static final String PRACTICE_NOTE = "Only you can see this. Pick an answer for instant feedback.";

    /** After practice feedback: where practice counts, and how to go on. */
    public static final String PRACTICE_COUNTS =
            "Practice counts in your stats, not on leaderboards. /mlquiz practice for another.";

    /** An empty leaderboard. */
    public static final String NO_POINTS_YET = "No points yet. Answer a round with /mlquiz ask to get on the board.";

    /** An empty board of channels. */
    public static final String NO_CHANNEL_POINTS_YET = "No points yet.";

    /** Stats of a player without answers. */
    public static final String NO_ANSWERS_YET = "No answers yet. Try /mlquiz practice.";

    public static String points(int points) {
        return points + (points == 1 ? " point" : " points");
    }

    public static String answers(int count) {
        return count + (count == 1 ? " answer" : " answers");
    }

    public static String players(int count) {
        return count + (count == 1 ? " player" : " players");
    }

    /** "3 answers so far · your choice stays hidden until the reveal", under an open question. */
    public static String answersSoFar(int count) {
        return answers(count) + " so far · your choice stays hidden until the reveal";
    }

    /** The first words of practice feedback: "Correct!" or "Not quite: you chose A." */
    public static String verdict(PracticeFeedback feedback) {
        return feedback.correct() ? "Correct!" : "Not quite: you chose " + feedback.chosen() + ".";
    }

    /** A share as a whole percentage: "67%". */
    /** The heading of a weekly recap: "Last week in #general". */
    public static String recapHeading(String channelName) {
        return "Last week in #" + channelName;
    }

    public static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    /**
     * How long something lasts or how long is left, for people: "45 s", "9 min 30 s", "14 h 40 min",
     * "2 d 23 h". At most two units, the second left out when zero and rounded up, so a deadline is never
     * shown sooner than it is, a wait of "3 min" is always long enough, and a setting an admin typed in
     * seconds (90) reads back exactly ("1 min 30 s"). Under two days the units are hours and minutes;
     * beyond, days and hours.
     */
    public static String duration(Duration length) {
        long seconds = Math.max(0, ceilDiv(length.toNanos(), 1_000_000_000L));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 60 * 60) {
            return twoUnits(seconds / 60, "min", seconds % 60, "s");
        }
        long minutes = ceilDiv(seconds, 60);
        if (minutes < 48 * 60) {
            return twoUnits(minutes / 60, "h", minutes % 60, "min");
        }
        long hours = ceilDiv(minutes, 60);
        return twoUnits(hours / 24, "d", hours % 24, "h");
    }

    private static String twoUnits(long large, String largeUnit, long small, String smallUnit) {
        return large + " " + largeUnit + (small == 0 ? "" : " " + small + " " + smallUnit);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /** A time zone as people read it: "UTC" for UTC however it was written ("Z", "Etc/UTC", "+00:00"), else its id. */
    public static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** Cuts to {@code max} characters, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Names joined as in a sentence: "alice", "alice and bob", "alice, bob and carol". */
    public static String names(List<String> names) {
        return names(names, Integer.MAX_VALUE, Integer.MAX_VALUE, UnaryOperator.identity());
    }

    /**
     * Names joined as in a sentence, each cut to {@code nameMax} and escaped for the platform, as many as
     * fit in {@code max} characters, the rest counted: "alice, bob and 998 more".
     */
    public static String names(List<String> names, int max, int nameMax, UnaryOperator<String> escape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = escape.apply(cut(names.get(i), nameMax));
            boolean last = i == names.size() - 1;
            String separator = i == 0 ? "" : last ? " and " : ", ";
            // Room is kept for " and N more" unless this is the last name.
            String more = last ? "" : " and " + (names.size() - i - 1) + " more";
            if (i > 0 && (long) text.length() + separator.length() + name.length() + more.length() > max) {
                return text.append(" and ")
                        .append(names.size() - i)
                        .append(" more")
                        .toString();
            }
            text.append(separator).append(name);
        }
        return text.toString();
    }
}
