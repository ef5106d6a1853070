package dev.mlquiz.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns Discord's structured slash-command options into the words of the shared text grammar
 * ("ask llms-nlp advanced"), so Discord accepts and refuses exactly what Slack and the console do.
 */
public final class CommandText {
    private CommandText() {}

    /** {@code group}: the subcommand group ("config"), if any; {@code options}: option name to value. */
    public static String of(Optional<String> group, String subcommand, Map<String, String> options) {
        Objects.requireNonNull(subcommand, "subcommand");
        List<String> words = new ArrayList<>();
        group.ifPresent(words::add);
        words.add(subcommand);
        switch (group.orElse("") + "/" + subcommand) {
            case "/ask":
            case "/practice":
                addIfPresent(words, options, "topic");
                addIfPresent(words, options, "level");
                break;
            case "/leaderboard":
                addIfPresent(words, options, "window");
                addIfPresent(words, options, "scope");
                break;
            case "/stats":
                addIfPresent(words, options, "user");
                break;
            case "/review":
                addIfPresent(words, options, "switch");
                break;
            case "/export":
                addIfPresent(words, options, "which");
                break;
            case "/report":
                addIfPresent(words, options, "question");
                addIfPresent(words, options, "reason");
                // The details are the command's last words, so they keep their spaces.
                String details = options.get("details");
                if (details != null && !details.isBlank()) {
                    words.add(details.strip());
                }
                break;
            case "reports/list":
                words.remove(subcommand); // the text grammar lists with a bare "reports"
                break;
            case "reports/retire":
            case "reports/dismiss":
            case "reports/restore":
                addIfPresent(words, options, "question");
                break;
            case "config/round-seconds":
            case "config/ask-cooldown":
                addIfPresent(words, options, "seconds");
                break;
            case "config/timezone":
                addIfPresent(words, options, "zone");
                break;
            case "qotd/on":
                for (String name : new String[] {"time", "timezone", "days", "topic", "level"}) {
                    addIfPresent(words, options, name);
                }
                if (options.containsKey("hours")) {
                    words.add(options.get("hours").strip() + "h");
                }
                break;
            case "qotd/recap":
                words.add(Boolean.parseBoolean(options.getOrDefault("enabled", "false")) ? "on" : "off");
                break;
            default:
                break;
        }
        return String.join(" ", words);
    }

    private static void addIfPresent(List<String> words, Map<String, String> options, String name) {
        String value = options.get(name);
        if (value != null && !value.isBlank()) {
            // One word per option: a typed value with spaces must not become two arguments.
            words.add(value.strip().replaceAll("\\s+", "-"));
        }
    }
}
