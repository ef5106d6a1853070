package dev.mlquiz.core.daily;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The days of the week a question of the day is posted. */
public record DaySet(Set<DayOfWeek> days) {
    public static final DaySet WEEKDAYS = new DaySet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final DaySet EVERY_DAY = new DaySet(EnumSet.allOf(DayOfWeek.class));

    public DaySet {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }

    /**
     * Reads "mon-fri", "weekdays", "weekends", "daily", "mon,wed,fri" or ranges like "tue-thu" (also
     * wrapping, "fri-mon"). Empty when the text is not a day list.
     */
    public static Optional<DaySet> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "weekdays":
                return Optional.of(WEEKDAYS);
            case "daily":
            case "everyday":
            case "every-day":
                return Optional.of(EVERY_DAY);
            case "weekends":
            case "weekend":
                return Optional.of(new DaySet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
            default:
                break;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : wanted.split(",")) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                return Optional.empty();
            }
            Optional<DayOfWeek> from = day(range[0]);
            Optional<DayOfWeek> to = range.length == 2 ? day(range[1]) : from;
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
                days.add(d);
                if (d == to.get()) {
                    break;
                }
            }
        }
        return Optional.of(new DaySet(days));
    }

    private static Optional<DayOfWeek> day(String text) {
        String wanted = text.strip();
        if (wanted.length() < 3) {
            return Optional.empty();
        }
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT)
                        .startsWith(wanted))
                .findFirst();
    }

    /** "Mon-Fri", "every day", "Mon, Wed, Fri" (day names in English still). */
    public Text description() {
        if (equals(EVERY_DAY)) {
            return Text.of(Msg.DAYS_EVERY_DAY);
        }
        if (equals(WEEKDAYS)) {
            return Text.of(Msg.DAYS_WEEKDAYS);
        }
        List<DayOfWeek> sorted = days.stream().sorted().collect(Collectors.toList());
        return Text.literal(sorted.stream().map(DaySet::shortName).collect(Collectors.joining(", ")));
    }

    /** "mon,tue" for storage; {@link #parse} reads it back. */
    public String storageForm() {
        return days.stream()
                .sorted()
                .map(d -> shortName(d).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
