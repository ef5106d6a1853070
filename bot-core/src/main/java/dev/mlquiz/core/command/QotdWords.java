package dev.mlquiz.core.command;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DaySet;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code qotd on|off|status|recap}. The settings of {@code qotd on} come in any order, each told
 * apart by its shape; a word that fits none is refused for what it looks like it was meant to be.
 */
final class QotdWords {
    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,4})h");
    /** Attempts at a time: "9:5", "9.30", "9am", "0900". */
    private static final Pattern TIME_SHAPE =
            Pattern.compile("(?i)\\d{1,2}[:.]\\d*|\\d{1,2}(?::\\d{1,2})?\\s*[ap]\\.?m\\.?|\\d{3,4}");
    /** Attempts at open hours: "1000h", "1.5h", "8hours", "8hrs". */
    private static final Pattern HOURS_SHAPE = Pattern.compile("(?i)[\\d.]+\\s*(?:h|hr|hrs|hour|hours)");
    /** Attempts at days: "mon-fry", "monday,tues", "weekdayz": words that start like days. */
    private static final Pattern DAYS_SHAPE =
            Pattern.compile("(?i)(?:mon|tue|wed|thu|fri|sat|sun|week|every|daily)[a-z]*(?:[-,]+[a-z]*)*");

    private QotdWords() {}

    static Command read(List<String> args, Topics topics) {
        String action = args.isEmpty() ? "status" : args.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (action) {
            case "on":
                return on(rest, topics);
            case "off":
                return rest.isEmpty() ? new Command.QotdOff() : usage();
            case "status":
                return rest.isEmpty() ? new Command.QotdStatus() : usage();
            case "recap":
                if (rest.size() == 1
                        && (rest.get(0).equalsIgnoreCase("on") || rest.get(0).equalsIgnoreCase("off"))) {
                    return new Command.QotdRecap(rest.get(0).equalsIgnoreCase("on"));
                }
                return new Command.Invalid(Text.of(Msg.QOTD_RECAP_USAGE));
            default:
                return usage();
        }
    }

    private static Command usage() {
        return new Command.Invalid(Text.of(Msg.QOTD_USAGE));
    }

    private static Command on(List<String> args, Topics topics) {
        DailySettings defaults = DailySettings.defaults();
        Setting<LocalTime> time = new Setting<>(Msg.SETTING_TIME);
        Setting<ZoneId> zone = new Setting<>(Msg.SETTING_TIME_ZONE);
        Setting<DaySet> days = new Setting<>(Msg.SETTING_DAYS);
        Setting<Topic> topic = new Setting<>(Msg.SETTING_TOPIC);
        Setting<Difficulty> level = new Setting<>(Msg.SETTING_LEVEL);
        Setting<Duration> openFor = new Setting<>(Msg.SETTING_OPEN_HOURS);
        for (String arg : args) {
            Matcher clock = CLOCK_TIME.matcher(arg);
            Matcher hours = HOURS.matcher(arg.toLowerCase(Locale.ROOT));
            Optional<DaySet> asDays = DaySet.parse(arg);
            Optional<Topic> asTopic = FilterWords.topic(arg, topics);
            Optional<Difficulty> asLevel = FilterWords.level(arg);
            ZoneParser.Parsed asZone = ZoneParser.parse(arg);
            Optional<Text> twice;
            if (clock.matches()) {
                int hour = Integer.parseInt(clock.group(1));
                int minute = Integer.parseInt(clock.group(2));
                if (hour > 23 || minute > 59) {
                    return new Command.Invalid(Text.of(Msg.QOTD_INVALID_TIME, arg));
                }
                twice = time.set(LocalTime.of(hour, minute), arg);
            } else if (hours.matches()) {
                Duration open = Duration.ofHours(Long.parseLong(hours.group(1)));
                if (open.compareTo(DailySettings.MIN_OPEN) < 0 || open.compareTo(DailySettings.MAX_OPEN) > 0) {
                    return new Command.Invalid(openHoursRange(arg));
                }
                twice = openFor.set(open, arg);
            } else if (asDays.isPresent()) {
                twice = days.set(asDays.get(), arg);
            } else if (asTopic.isPresent()) {
                twice = topic.set(asTopic.get(), arg);
            } else if (asLevel.isPresent()) {
                twice = level.set(asLevel.get(), arg);
            } else if (asZone instanceof ZoneParser.Zone) {
                twice = zone.set(((ZoneParser.Zone) asZone).zone(), arg);
            } else {
                return new Command.Invalid(malformed(arg, asZone));
            }
            if (twice.isPresent()) {
                return new Command.Invalid(Phrases.sentences(twice.get(), Text.of(Msg.SETTING_ONE_ONLY)));
            }
        }
        return new Command.QotdOn(new DailySettings(
                time.value().orElse(defaults.time()),
                zone.value(),
                days.value().orElse(defaults.days()),
                topic.value().map(Topic::id),
                level.value(),
                openFor.value()));
    }

    /** The refusal of a word no setting accepts, chosen by what the word looks like it was meant to be. */
    private static Text malformed(String arg, ZoneParser.Parsed asZone) {
        if (HOURS_SHAPE.matcher(arg).matches()) {
            return Phrases.sentences(Text.of(Msg.QOTD_INVALID_OPEN_HOURS, arg), openHoursRange(arg));
        }
        if (TIME_SHAPE.matcher(arg).matches()) {
            return Text.of(Msg.QOTD_INVALID_TIME, arg);
        }
        if (ZoneParser.looksLikeZone(arg)) {
            return ((ZoneParser.Refused) asZone).message();
        }
        if (DAYS_SHAPE.matcher(arg).matches()) {
            return Text.of(Msg.QOTD_INVALID_DAYS, arg);
        }
        return Phrases.sentences(Text.of(Msg.QOTD_UNKNOWN_OPTION, arg), Text.of(Msg.QOTD_USAGE));
    }

    private static Text openHoursRange(String arg) {
        return Text.of(Msg.QOTD_OPEN_HOURS_RANGE, DailySettings.MAX_OPEN.toHours(), arg);
    }
}
