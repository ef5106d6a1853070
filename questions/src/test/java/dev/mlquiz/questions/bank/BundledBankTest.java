package dev.mlquiz.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled bank is part of the product: a broken or lopsided pack fails the build here. */
class BundledBankTest {
    /** Entries per seed document in shared/seeds (the fifth lists answers without questions). */
    static final Map<String, Integer> SEED_ENTRIES = Map.of("000", 20, "001", 50, "002", 15, "003", 13, "004", 30);

    static final Pattern SEED_REF = Pattern.compile("(\\d{3})#(\\d+)");
    static final QuestionBank BANK = QuestionBank.bundled();
    static final BankFigures FIGURES = BankFigures.of(BANK);

    // The bundled bank's targets (issue 12).
    static final int QUESTIONS_MIN = 400;
    /** Questions in every (topic, level) cell. */
    static final int CELL_MIN = 8;

    static final double TOPIC_SHARE_MAX = 0.15;
    /** At least this many topics hold at least {@link #BROAD_TOPIC_MIN} questions each. */
    static final int BROAD_TOPICS_MIN = 12;

    static final int BROAD_TOPIC_MIN = 25;
    /** By chance the key would be the longest of four options in a quarter of the questions. */
    static final double KEY_LONGEST_SHARE_MAX = 0.25;

    @Test
    void loads_with_no_problems() {
        assertThat(BANK.problems()).isEmpty();
        assertThat(BANK.packs()).hasSize(14);
        assertThat(BANK.questions()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void the_index_lists_every_pack_file_in_the_packs_folder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/packs"))) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(QuestionBank.bundledNames())).isEqualTo(onDisk);
        }
    }

    @Test
    void every_seed_entry_is_covered_by_some_question() {
        Set<String> cited = FIGURES.citedEntries().entrySet().stream()
                .flatMap(
                        doc -> doc.getValue().stream().map(entry -> doc.getKey().id() + "#" + entry))
                .collect(Collectors.toSet());
        Set<String> everyEntry = SEED_ENTRIES.entrySet().stream()
                .flatMap(doc -> IntStream.rangeClosed(1, doc.getValue()).mapToObj(i -> doc.getKey() + "#" + i))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(everyEntry).hasSize(128);
        assertThat(cited).containsAll(everyEntry);
    }

    @Test
    void every_source_names_an_existing_seed_entry() {
        for (Question q : BANK.questions()) {
            for (String source : q.sources()) {
                Matcher ref = SEED_REF.matcher(source);
                assertThat(ref.matches()).as("%s cites %s", q.id(), source).isTrue();
                assertThat(SEED_ENTRIES).as("%s cites %s", q.id(), source).containsKey(ref.group(1));
                assertThat(Integer.parseInt(ref.group(2)))
                        .as("%s cites %s", q.id(), source)
                        .isBetween(1, SEED_ENTRIES.get(ref.group(1)));
            }
        }
    }

    @Test
    void every_topic_has_at_least_a_week_of_daily_questions() {
        BANK.countsByTopic()
                .forEach((topic, count) -> assertThat(count).as(topic.id()).isGreaterThanOrEqualTo(7));
    }

    @Test
    void no_two_questions_share_a_prompt() {
        assertThat(FIGURES.repeatedPrompts()).isEmpty();
    }

    @Test
    void the_key_is_the_longest_option_no_more_often_than_by_chance() {
        assertThat(FIGURES.share(FIGURES.keyLongest())).isLessThanOrEqualTo(KEY_LONGEST_SHARE_MAX);
    }

    @Test
    void the_bank_holds_enough_questions() {
        assertThat(FIGURES.questions()).isGreaterThanOrEqualTo(QUESTIONS_MIN);
    }

    @Test
    void enough_topics_are_broad() {
        assertThat(FIGURES.topics().stream().filter(row -> row.total() >= BROAD_TOPIC_MIN))
                .hasSizeGreaterThanOrEqualTo(BROAD_TOPICS_MIN);
    }

    @Test
    void every_topic_and_level_has_enough_questions() {
        for (BankFigures.TopicRow row : FIGURES.topics()) {
            for (Difficulty level : Difficulty.values()) {
                assertThat(row.count(level))
                        .as("%s, %s", row.topic().id(), level.id())
                        .isGreaterThanOrEqualTo(CELL_MIN);
            }
        }
    }

    @Test
    void no_topic_dominates_the_bank() {
        for (BankFigures.TopicRow row : FIGURES.topics()) {
            assertThat(FIGURES.share(row.total())).as(row.topic().id()).isLessThanOrEqualTo(TOPIC_SHARE_MAX);
        }
    }

    @Test
    void no_option_appears_in_two_questions() {
        assertThat(FIGURES.repeatedOptions()).isEmpty();
    }

    @Test
    void the_correct_option_is_not_given_away_by_its_length() {
        for (Question q : BANK.questions()) {
            double meanDistractor =
                    q.distractors().stream().mapToInt(String::length).average().orElseThrow();
            assertThat((double) q.answer().length())
                    .as("%s: answer length against the distractors' mean %.0f", q.id(), meanDistractor)
                    .isBetween(0.7 * meanDistractor, 1.3 * meanDistractor);
        }
    }

    @Test
    void no_option_hedges_with_all_or_none_of_the_above() {
        List<String> options = BANK.questions().stream()
                .flatMap(q -> q.options().stream())
                .map(String::toLowerCase)
                .collect(Collectors.toList());
        assertThat(options).noneMatch(o -> o.contains("of the above"));
    }
}
