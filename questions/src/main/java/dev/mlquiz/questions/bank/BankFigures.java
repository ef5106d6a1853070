package dev.mlquiz.questions.bank;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.SourceDocument;
import dev.mlquiz.questions.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures a bank is judged by: how its questions spread over topics and levels, how often the
 * correct option gives itself away by being the longest, which prompts or options repeat, and which
 * entries of the packs' source documents the questions cite.
 */
public final class BankFigures {
    private static final Pattern ENTRY = Pattern.compile("(.+)#([1-9][0-9]*)");
    /** A bare number ("0.67", "25%"): two calculations may share a result without repeating any wording. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,.]*%?");

    /** The questions of one topic, per level. */
    public record TopicRow(Topic topic, Map<Difficulty, Integer> byLevel) {
        public TopicRow {
            byLevel = Map.copyOf(byLevel);
        }

        public int count(Difficulty level) {
            return byLevel.getOrDefault(level, 0);
        }

        public int total() {
            return byLevel.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Text that more than one question shares (as compared: see {@link #comparable}), with those questions. */
    public record Repeat(String text, List<String> questionIds) {
        public Repeat {
            questionIds = List.copyOf(questionIds);
        }
    }

    private final int questions;
    private final List<TopicRow> topics;
    private final int keyLongest;
    private final List<Repeat> repeatedPrompts;
    private final List<Repeat> repeatedOptions;
    private final Map<SourceDocument, SortedSet<Integer>> citedEntries;

    private BankFigures(QuestionBank bank) {
        this.questions = bank.questions().size();
        this.topics = bank.topics().all().stream()
                .map(topic -> new TopicRow(topic, levels(bank, topic)))
                .collect(Collectors.toUnmodifiableList());
        this.keyLongest = (int)
                bank.questions().stream().filter(BankFigures::keyIsLongest).count();
        this.repeatedPrompts = repeats(bank.questions(), q -> List.of(q.prompt()));
        this.repeatedOptions = repeats(bank.questions(), q -> q.options().stream()
                .filter(option -> !NUMBER.matcher(option.strip()).matches())
                .toList());
        this.citedEntries = citedEntries(bank);
    }

    public static BankFigures of(QuestionBank bank) {
        return new BankFigures(bank);
    }

    public int questions() {
        return questions;
    }

    /** One row per topic of the bank, in its declared order. */
    public List<TopicRow> topics() {
        return topics;
    }

    public int count(Difficulty level) {
        return topics.stream().mapToInt(row -> row.count(level)).sum();
    }

    /** The part of the bank a count is, from 0 to 1 (0 for an empty bank). */
    public double share(int count) {
        return questions == 0 ? 0 : (double) count / questions;
    }

    /** Questions whose correct option is longer than each of its distractors. */
    public int keyLongest() {
        return keyLongest;
    }

    public List<Repeat> repeatedPrompts() {
        return repeatedPrompts;
    }

    /** Options (answers and distractors) that appear in more than one question; bare numbers aside. */
    public List<Repeat> repeatedOptions() {
        return repeatedOptions;
    }

    /**
     * For every source document the packs declare, in declared order, the entry numbers questions cite
     * as {@code ID#ENTRY}; a document declared by several packs (as the bundled ones share their seeds)
     * is counted once.
     */
    public Map<SourceDocument, SortedSet<Integer>> citedEntries() {
        return citedEntries;
    }

    /** How texts are compared for repeats: ignoring case, punctuation and spacing. */
    static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<Difficulty, Integer> levels(QuestionBank bank, Topic topic) {
        Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
        for (Difficulty level : Difficulty.values()) {
            counts.put(level, 0);
        }
        bank.questions().stream()
                .filter(q -> q.topicId().equals(topic.id()))
                .forEach(q -> counts.merge(q.difficulty(), 1, Integer::sum));
        return counts;
    }

    private static boolean keyIsLongest(Question q) {
        int answer = q.answer().strip().length();
        return q.distractors().stream().allMatch(d -> d.strip().length() < answer);
    }

    private static List<Repeat> repeats(List<Question> questions, Function<Question, List<String>> texts) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (Question q : questions) {
            for (String text : texts.apply(q)) {
                String key = comparable(text);
                firstSpelling.putIfAbsent(key, text);
                byText.computeIfAbsent(key, k -> new ArrayList<>()).add(q.id());
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        byText.forEach((key, ids) -> {
            if (ids.size() > 1) {
                repeats.add(new Repeat(firstSpelling.get(key), ids));
            }
        });
        return Collections.unmodifiableList(repeats);
    }

    private static Map<SourceDocument, SortedSet<Integer>> citedEntries(QuestionBank bank) {
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        Map<SourceDocument, SortedSet<Integer>> cited = new LinkedHashMap<>();
        for (Pack pack : bank.packs()) {
            for (SourceDocument document : pack.sources()) {
                documents.putIfAbsent(document.id(), document);
                cited.putIfAbsent(documents.get(document.id()), new TreeSet<>());
            }
            for (Question q : pack.questions()) {
                for (String source : q.sources()) {
                    Matcher entry = ENTRY.matcher(source);
                    if (entry.matches() && documents.containsKey(entry.group(1))) {
                        cited.get(documents.get(entry.group(1))).add(Integer.parseInt(entry.group(2)));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(cited);
    }
}
