package dev.mlquiz.core.text;

import java.time.Duration;

/** Texts many views share: counts, shares and durations, and sentences said one after another. */
public final class Phrases {
    private Phrases() {}

    /** Cuts to {@code max} characters, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "1 point", "3 points". */
    public static Text points(int points) {
        return Text.of(Msg.COUNT_POINTS, points);
    }

    /** "1 answer", "3 answers". */
    public static Text answers(int count) {
        return Text.of(Msg.COUNT_ANSWERS, count);
    }

    /** "1 player", "3 players". */
    public static Text players(int count) {
        return Text.of(Msg.COUNT_PLAYERS, count);
    }

    /** A share as a whole percentage: "67%". */
    public static Text percent(double share) {
        return Text.of(Msg.PERCENT, Math.round(100 * share));
    }

    /** Sentences said one after another: "No questions match x. Topics: ...". */
    public static Text sentences(Text first, Text... more) {
        Text text = first;
        for (Text next : more) {
            text = Text.of(Msg.SENTENCES, text, next);
        }
        return text;
    }

    /**
     * How long something lasts or how long is left, for people: "45 s", "9 min 30 s", "14 h 40 min",
     * "2 d 23 h". At most two units, the second left out when zero and rounded up, so a deadline is never
     * shown sooner than it is, a wait of "3 min" is always long enough, and a setting an admin typed in
     * seconds (90) reads back exactly ("1 min 30 s"). Under two days the units are hours and minutes;
     * beyond, days and hours.
     */
    public static Text duration(Duration length) {
        long seconds = Math.max(0, ceilDiv(length.toNanos(), 1_000_000_000L));
        if (seconds < 60) {
            return Text.of(Msg.DURATION_SECONDS, seconds);
        }
        if (seconds < 60 * 60) {
            return twoUnits(seconds / 60, Msg.DURATION_MINUTES, seconds % 60, Msg.DURATION_SECONDS);
        }
        long minutes = ceilDiv(seconds, 60);
        if (minutes < 48 * 60) {
            return twoUnits(minutes / 60, Msg.DURATION_HOURS, minutes % 60, Msg.DURATION_MINUTES);
        }
        long hours = ceilDiv(minutes, 60);
        return twoUnits(hours / 24, Msg.DURATION_DAYS, hours % 24, Msg.DURATION_HOURS);
    }

    private static Text twoUnits(long large, Msg largeUnit, long small, Msg smallUnit) {
        Text first = Text.of(largeUnit, large);
        return small == 0 ? first : Text.of(Msg.DURATION_TWO_UNITS, first, Text.of(smallUnit, small));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
