package dev.mlquiz.core.command;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DaySet;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text form of {@code /mlquiz} ("ask llms advanced", "leaderboard month channel"), as typed in
 * Slack or the console. Discord's structured options are turned into the same words first, so every
 * platform accepts and refuses exactly the same things. Topic words are the ids of the bank's topics,
 * which its packs declare.
 */
public final class CommandParser {
    public static final String USAGE = "Try /mlquiz help for the list of commands.";
    private static final List<Difficulty> LEVELS = List.of(Difficulty.values());

    private CommandParser() {}

    public static Command parse(String text, Topics topics) {
        List<String> words = Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toList());
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("/mlquiz")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new Command.Help();
        }
        String name = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        switch (name) {
            case "ask":
                return filter(args, topics)
                        .map(f -> (Command) new Command.Ask(f))
                        .orElseGet(() -> invalidFilter(args, topics));
            case "practice":
                return filter(args, topics)
                        .map(f -> (Command) new Command.Practice(f))
                        .orElseGet(() -> invalidFilter(args, topics));
            case "close":
                return args.isEmpty() ? new Command.Close() : tooMany("close");
            case "leaderboard":
            case "lb":
                return leaderboard(args);
            case "stats":
                return args.size() > 1
                        ? tooMany("stats [user]")
                        : new Command.Stats(args.stream().findFirst());
            case "topics":
                return args.isEmpty() ? new Command.Topics() : tooMany("topics");
            case "help":
                return new Command.Help();
            case "config":
                return config(args);
            case "qotd":
                return qotd(args, topics);
            default:
                return new Command.Invalid("Unknown command '" + words.get(0) + "'. " + USAGE);
        }
    }

    /** Reads an optional topic and an optional level, in either order; empty when a word is neither. */
    public static Optional<Filter> filter(List<String> args, Topics topics) {
        Optional<Topic> topic = Optional.empty();
        Optional<Difficulty> level = Optional.empty();
        for (String arg : args) {
            Optional<Topic> asTopic = match(arg, topics.all(), Topic::id);
            Optional<Difficulty> asLevel = match(arg, LEVELS, Difficulty::id);
            if (asTopic.isPresent() && topic.isEmpty()) {
                topic = asTopic;
            } else if (asLevel.isPresent() && level.isEmpty()) {
                level = asLevel;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Filter(topic.map(Topic::id), level));
    }

    private static Command invalidFilter(List<String> args, Topics topics) {
        String bad = args.stream()
                .filter(a -> match(a, topics.all(), Topic::id).isEmpty()
                        && match(a, LEVELS, Difficulty::id).isEmpty())
                .findFirst()
                .map(a -> "Unknown topic or level '" + a + "'. ")
                .orElseGet(() -> givenTwice(args, topics) + " Give at most one topic and one level. ");
        return new Command.Invalid(bad + "Topics: " + String.join(", ", topics.ids()) + ". Levels: "
                + String.join(", ", Difficulty.ids()) + ".");
    }

    /** "Topic given twice: llms and deep.", for words that are all topics or levels but not one of each. */
    private static String givenTwice(List<String> args, Topics topics) {
        Setting<Topic> topic = new Setting<>("Topic");
        Setting<Difficulty> level = new Setting<>("Level");
        for (String arg : args) {
            Optional<Topic> asTopic = match(arg, topics.all(), Topic::id);
            Optional<String> twice = asTopic.isPresent()
                    ? topic.set(asTopic.get(), arg)
                    : level.set(match(arg, LEVELS, Difficulty::id).orElseThrow(), arg);
            if (twice.isPresent()) {
                return twice.get();
            }
        }
        throw new IllegalStateException("no setting is given twice in " + args);
    }

    /** An exact id, or an unambiguous prefix of one ("llms" for llms-nlp, "adv" for advanced). */
    static <T> Optional<T> match(String word, List<T> values, Function<T, String> id) {
        String wanted = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (T value : values) {
            if (id.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        List<T> prefixed = values.stream()
                .filter(v -> wanted.length() >= 2 && id.apply(v).startsWith(wanted))
                .collect(Collectors.toList());
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private static Command leaderboard(List<String> args) {
        Window window = Window.WEEK;
        LeaderboardScope scope = LeaderboardScope.TEAM;
        boolean teams = false;
        Optional<String> windowWord = Optional.empty();
        boolean scopeGiven = false;
        for (String arg : args) {
            String word = arg.toLowerCase(Locale.ROOT);
            Optional<Window> asWindow = Window.parse(word);
            if (asWindow.isPresent() && windowWord.isPresent()) {
                return new Command.Invalid("Period given twice: " + windowWord.get() + " and " + arg
                        + ". Give one of week, month or all.");
            } else if (asWindow.isPresent()) {
                window = asWindow.get();
                windowWord = Optional.of(arg);
            } else if (word.equals("teams") && !teams && !scopeGiven) {
                teams = true;
            } else if ((word.equals("channel") || word.equals("here")) && !scopeGiven && !teams) {
                scope = LeaderboardScope.CHANNEL;
                scopeGiven = true;
            } else if ((word.equals("server") || word.equals("team") || word.equals("workspace"))
                    && !scopeGiven
                    && !teams) {
                scopeGiven = true;
            } else {
                return new Command.Invalid("Unknown leaderboard option '" + arg
                        + "'. Use /mlquiz leaderboard [week|month|all] [channel], or /mlquiz leaderboard teams"
                        + " [week|month|all].");
            }
        }
        return teams ? new Command.Teams(window) : new Command.Leaderboard(window, scope);
    }

    private static Command config(List<String> args) {
        if (args.isEmpty()) {
            return new Command.ShowSettings();
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("round-seconds")) {
            return roundSeconds(args.get(1));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("ask-cooldown")) {
            return askCooldown(args.get(1));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("timezone")) {
            ZoneParser.Parsed parsed = ZoneParser.parse(args.get(1));
            return parsed instanceof ZoneParser.Zone
                    ? new Command.SetTimeZone(((ZoneParser.Zone) parsed).zone())
                    : new Command.Invalid(((ZoneParser.Refused) parsed).message());
        }
        return new Command.Invalid("Use /mlquiz config to see this channel's settings, /mlquiz config round-seconds <"
                + Settings.MIN_ROUND_SECONDS + "-" + Settings.MAX_ROUND_SECONDS + ">, /mlquiz config ask-cooldown <0-"
                + Settings.MAX_ASK_COOLDOWN_SECONDS + "> or /mlquiz config timezone <zone>.");
    }

    static final String QOTD_USAGE = "Use /mlquiz qotd on [HH:MM] [time zone] [days] [topic] [level] [open hours"
            + " like 8h], /mlquiz qotd off, /mlquiz qotd status or /mlquiz qotd recap on|off.";
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

    private static final String TIME_HINT = "Use HH:MM in 24-hour form, like 09:00 or 17:30.";
    private static final String DAYS_HINT = "Days look like mon-fri, weekdays, weekends, daily or mon,wed,fri.";

    private static Command qotd(List<String> args, Topics topics) {
        String action = args.isEmpty() ? "status" : args.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (action) {
            case "on":
                return qotdOn(rest, topics);
            case "off":
                return rest.isEmpty() ? new Command.QotdOff() : new Command.Invalid(QOTD_USAGE);
            case "status":
                return rest.isEmpty() ? new Command.QotdStatus() : new Command.Invalid(QOTD_USAGE);
            case "recap":
                if (rest.size() == 1
                        && (rest.get(0).equalsIgnoreCase("on") || rest.get(0).equalsIgnoreCase("off"))) {
                    return new Command.QotdRecap(rest.get(0).equalsIgnoreCase("on"));
                }
                return new Command.Invalid("Use /mlquiz qotd recap on or /mlquiz qotd recap off.");
            default:
                return new Command.Invalid(QOTD_USAGE);
        }
    }

    /** One setting of {@code qotd on}: the word it was read from, so a second one can name both. */
    private static final class Setting<T> {
        private final String name;
        private Optional<T> value = Optional.empty();
        private String word;

        Setting(String name) {
            this.name = name;
        }

        /** Empty when set; otherwise the message refusing the second value. */
        Optional<String> set(T newValue, String newWord) {
            if (value.isPresent()) {
                return Optional.of(name + " given twice: " + word + " and " + newWord + ".");
            }
            value = Optional.of(newValue);
            word = newWord;
            return Optional.empty();
        }
    }

    private static Command qotdOn(List<String> args, Topics topics) {
        DailySettings defaults = DailySettings.defaults();
        Setting<LocalTime> time = new Setting<>("Time");
        Setting<ZoneId> zone = new Setting<>("Time zone");
        Setting<DaySet> days = new Setting<>("Days");
        Setting<Topic> topic = new Setting<>("Topic");
        Setting<Difficulty> level = new Setting<>("Level");
        Setting<Duration> openFor = new Setting<>("Open hours");
        for (String arg : args) {
            Matcher clock = CLOCK_TIME.matcher(arg);
            Matcher hours = HOURS.matcher(arg.toLowerCase(Locale.ROOT));
            Optional<DaySet> asDays = DaySet.parse(arg);
            Optional<Topic> asTopic = match(arg, topics.all(), Topic::id);
            Optional<Difficulty> asLevel = match(arg, LEVELS, Difficulty::id);
            ZoneParser.Parsed asZone = ZoneParser.parse(arg);
            Optional<String> twice;
            if (clock.matches()) {
                int hour = Integer.parseInt(clock.group(1));
                int minute = Integer.parseInt(clock.group(2));
                if (hour > 23 || minute > 59) {
                    return new Command.Invalid("Invalid time '" + arg + "'. " + TIME_HINT);
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
                return new Command.Invalid(malformedQotdValue(arg, asZone));
            }
            if (twice.isPresent()) {
                return new Command.Invalid(twice.get() + " Give one.");
            }
        }
        return new Command.QotdOn(new DailySettings(
                time.value.orElse(defaults.time()),
                zone.value,
                days.value.orElse(defaults.days()),
                topic.value.map(Topic::id),
                level.value,
                openFor.value));
    }

    /** The message for a word no setting accepts, chosen by what the word looks like it was meant to be. */
    private static String malformedQotdValue(String arg, ZoneParser.Parsed asZone) {
        if (HOURS_SHAPE.matcher(arg).matches()) {
            return "Invalid open hours '" + arg + "'. " + openHoursRange(arg);
        }
        if (TIME_SHAPE.matcher(arg).matches()) {
            return "Invalid time '" + arg + "'. " + TIME_HINT;
        }
        if (ZoneParser.looksLikeZone(arg)) {
            return ((ZoneParser.Refused) asZone).message();
        }
        if (DAYS_SHAPE.matcher(arg).matches()) {
            return "Invalid days '" + arg + "'. " + DAYS_HINT;
        }
        return "Unknown question-of-the-day option '" + arg + "': not a time, time zone, days, topic, level or"
                + " open hours. " + QOTD_USAGE;
    }

    private static String openHoursRange(String arg) {
        return "The question can stay open from 1h to " + DailySettings.MAX_OPEN.toHours() + "h, in whole hours, not "
                + arg + ".";
    }

    private static Command roundSeconds(String text) {
        return seconds(
                text,
                Settings::validRoundSeconds,
                Command.SetRoundSeconds::new,
                "Round length must be a whole number of seconds from " + Settings.MIN_ROUND_SECONDS + " to "
                        + Settings.MAX_ROUND_SECONDS);
    }

    private static Command askCooldown(String text) {
        return seconds(
                text,
                Settings::validAskCooldownSeconds,
                Command.SetAskCooldown::new,
                "The ask cooldown must be a whole number of seconds from 0 (none) to "
                        + Settings.MAX_ASK_COOLDOWN_SECONDS);
    }

    /** A setting in whole seconds: the command when {@code text} is a valid number, else what a valid one is. */
    private static Command seconds(String text, IntPredicate valid, IntFunction<Command> command, String rangeMessage) {
        try {
            int seconds = Integer.parseInt(text.strip());
            if (valid.test(seconds)) {
                return command.apply(seconds);
            }
        } catch (NumberFormatException e) {
            // falls through to the range message, which says what a valid value looks like
        }
        return new Command.Invalid(rangeMessage + ", not '" + text + "'.");
    }

    private static Command tooMany(String usage) {
        return new Command.Invalid("Too many words. Usage: /mlquiz " + usage);
    }
}
