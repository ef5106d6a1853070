package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a topic and a level ("llms advanced", "adv"), as {@code ask} and {@code practice} take them. */
final class FilterWords {
    static final List<Difficulty> LEVELS = List.of(Difficulty.values());

    private FilterWords() {}

    /** An optional topic and an optional level, in either order; empty when a word is neither. */
    static Optional<Filter> read(List<String> args, Topics topics) {
        Optional<Topic> topic = Optional.empty();
        Optional<Difficulty> level = Optional.empty();
        for (String arg : args) {
            Optional<Topic> asTopic = topic(arg, topics);
            Optional<Difficulty> asLevel = level(arg);
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

    /** Why {@link #read} refused the words, with the topics and levels there are. */
    static Command refusal(List<String> args, Topics topics) {
        Text why = args.stream()
                .filter(a -> topic(a, topics).isEmpty() && level(a).isEmpty())
                .findFirst()
                .map(a -> Text.of(Msg.FILTER_UNKNOWN_WORD, a))
                .orElseGet(() -> Phrases.sentences(givenTwice(args, topics), Text.of(Msg.FILTER_ONE_OF_EACH)));
        return new Command.Invalid(Phrases.sentences(
                why,
                Text.of(Msg.FILTER_CHOICES, String.join(", ", topics.ids()), String.join(", ", Difficulty.ids()))));
    }

    /** "Topic given twice: llms and deep.", for words that are all topics or levels but not one of each. */
    private static Text givenTwice(List<String> args, Topics topics) {
        Setting<Topic> topic = new Setting<>(Msg.SETTING_TOPIC);
        Setting<Difficulty> level = new Setting<>(Msg.SETTING_LEVEL);
        for (String arg : args) {
            Optional<Topic> asTopic = topic(arg, topics);
            Optional<Text> twice = asTopic.isPresent()
                    ? topic.set(asTopic.get(), arg)
                    : level.set(level(arg).orElseThrow(), arg);
            if (twice.isPresent()) {
                return twice.get();
            }
        }
        throw new IllegalStateException("no setting is given twice in " + args);
    }

    static Optional<Topic> topic(String word, Topics topics) {
        return match(word, topics.all(), Topic::id);
    }

    static Optional<Difficulty> level(String word) {
        return match(word, LEVELS, Difficulty::id);
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
}
