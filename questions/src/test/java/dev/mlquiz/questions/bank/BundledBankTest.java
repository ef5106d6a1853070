package dev.mlquiz.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
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

    @Test
    void loads_with_no_problems() {
        assertThat(BANK.problems()).isEmpty();
        assertThat(BANK.packs()).hasSize(8);
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
        Set<String> cited =
                BANK.questions().stream().flatMap(q -> q.sources().stream()).collect(Collectors.toSet());
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
        for (Topic topic : Topic.values()) {
            assertThat(BANK.countsByTopic().get(topic)).as(topic.id()).isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void no_two_questions_share_a_prompt() {
        Set<String> prompts = BANK.questions().stream().map(Question::prompt).collect(Collectors.toSet());
        assertThat(prompts).hasSameSizeAs(BANK.questions());
    }

    @Test
    void the_correct_option_is_not_given_away_by_its_length() {
        long longest = 0;
        for (Question q : BANK.questions()) {
            double meanDistractor =
                    q.distractors().stream().mapToInt(String::length).average().orElseThrow();
            assertThat((double) q.answer().length())
                    .as("%s: answer length against the distractors' mean %.0f", q.id(), meanDistractor)
                    .isBetween(0.7 * meanDistractor, 1.3 * meanDistractor);
            if (q.distractors().stream().allMatch(d -> d.length() < q.answer().length())) {
                longest++;
            }
        }
        // By chance the answer would be the longest in a quarter of the questions.
        assertThat((double) longest / BANK.questions().size()).isLessThanOrEqualTo(0.3);
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
