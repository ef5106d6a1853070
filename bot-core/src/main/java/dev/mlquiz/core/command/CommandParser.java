package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Topics;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses the text form of {@code /mlquiz} ("ask llms advanced", "leaderboard month channel"), as typed in
 * Slack or the console. Discord's structured options are turned into the same words first, so every
 * platform accepts and refuses exactly the same things. Topic words are the ids of the bank's topics,
 * which its packs declare. Each command's words are read by its own reader ({@link FilterWords},
 * {@link LeaderboardWords}, {@link ConfigWords}, {@link QotdWords}, {@link ReportWords}); this class picks the reader.
 */
public final class CommandParser {
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
                return FilterWords.read(args, topics)
                        .map(f -> (Command) new Command.Ask(f))
                        .orElseGet(() -> FilterWords.refusal(args, topics));
            case "practice":
                return FilterWords.read(args, topics)
                        .map(f -> (Command) new Command.Practice(f))
                        .orElseGet(() -> FilterWords.refusal(args, topics));
            case "review":
                return ReviewWords.read(args);
            case "export":
                if (args.isEmpty()) {
                    return new Command.Export(false);
                }
                return args.size() == 1 && args.get(0).equalsIgnoreCase("all")
                        ? new Command.Export(true)
                        : new Command.Invalid(Text.of(Msg.EXPORT_USAGE, String.join(" ", args)));
            case "report":
                return ReportWords.report(args);
            case "reports":
                return ReportWords.reports(args);
            case "close":
                return args.isEmpty() ? new Command.Close() : tooMany("close");
            case "leaderboard":
            case "lb":
                return LeaderboardWords.read(args);
            case "stats":
                return args.size() > 1
                        ? tooMany("stats [user]")
                        : new Command.Stats(args.stream().findFirst());
            case "topics":
                return args.isEmpty() ? new Command.Topics() : tooMany("topics");
            case "help":
                return new Command.Help();
            case "config":
                return ConfigWords.read(args);
            case "qotd":
                return QotdWords.read(args, topics);
            default:
                return new Command.Invalid(
                        Phrases.sentences(Text.of(Msg.COMMAND_UNKNOWN, words.get(0)), Text.of(Msg.COMMAND_SEE_HELP)));
        }
    }

    private static Command tooMany(String usage) {
        return new Command.Invalid(Text.of(Msg.COMMAND_TOO_MANY_WORDS, usage));
    }
}
