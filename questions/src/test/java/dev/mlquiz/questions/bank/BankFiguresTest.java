package dev.mlquiz.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.SourceDocument;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BankFiguresTest {

    static String question(String id, String topic, String level, String prompt, String answer, String... distractors) {
        return """
                  - id: %s
                    topic: %s
                    difficulty: %s
                    prompt: "%s"
                    answer: "%s"
                    distractors: ["%s", "%s", "%s"]
                    explanation: Because.
                    sources: ["notes#1"]
                """
                .formatted(id, topic, level, prompt, answer, distractors[0], distractors[1], distractors[2]);
    }

    static final String HEAD =
            """
            id: team
            title: Team
            sources:
              - {id: notes, title: Team notes}
            topics:
              - {id: vision, title: Computer vision}
              - {id: stack, title: Our stack}
              - {id: unused, title: Nobody asks this}
            questions:
            """;

    static BankFigures figures(String... questions) {
        QuestionBank bank = QuestionBank.of(List.of(new PackFile("team.yaml", HEAD + String.join("", questions))));
        assertThat(bank.problems()).isEmpty();
        return BankFigures.of(bank);
    }

    @Test
    void counts_questions_per_topic_and_level_in_the_declared_order_empty_topics_included() {
        BankFigures figures = figures(
                question("s1", "stack", "advanced", "P1?", "A1", "B1", "C1", "D1"),
                question("v1", "vision", "beginner", "P2?", "A2", "B2", "C2", "D2"),
                question("v2", "vision", "beginner", "P3?", "A3", "B3", "C3", "D3"),
                question("v3", "vision", "advanced", "P4?", "A4", "B4", "C4", "D4"));

        assertThat(figures.questions()).isEqualTo(4);
        assertThat(figures.topics())
                .extracting(row -> row.topic().id() + " " + row.count(Difficulty.BEGINNER) + "/"
                        + row.count(Difficulty.INTERMEDIATE) + "/" + row.count(Difficulty.ADVANCED) + " = "
                        + row.total())
                .containsExactly("vision 2/0/1 = 3", "stack 0/0/1 = 1", "unused 0/0/0 = 0");
        assertThat(figures.count(Difficulty.ADVANCED)).isEqualTo(2);
        assertThat(figures.share(figures.topics().get(0).total())).isEqualTo(0.75);
    }

    @Test
    void counts_the_questions_whose_key_is_strictly_the_longest_option() {
        BankFigures figures = figures(
                question("longest", "stack", "beginner", "P1?", "A long answer", "Short", "Shorter", "Tiny"),
                question("tied", "stack", "beginner", "P2?", "Same size", "Also same", "Short", "Tiny"),
                question("shorter", "stack", "beginner", "P3?", "Short", "A long distractor", "B", "C"),
                question("also-longest", "stack", "beginner", "P4?", "Longer key", "D1", "D2", "D3"));

        assertThat(figures.keyLongest()).isEqualTo(2);
        assertThat(figures.share(figures.keyLongest())).isEqualTo(0.5);
    }

    @Test
    void prompts_and_options_repeat_when_equal_ignoring_case_punctuation_and_spacing() {
        BankFigures figures = figures(
                question("q1", "stack", "beginner", "What is MLOps?", "Apache Airflow", "B1", "C1", "D1"),
                question("q2", "stack", "beginner", "what is  mlops", "B2", "apache-airflow", "C2", "D2"),
                question("q3", "vision", "beginner", "What is a CNN?", "A3", "B3", "C3", "D3"));

        assertThat(figures.repeatedPrompts())
                .containsExactly(new BankFigures.Repeat("What is MLOps?", List.of("q1", "q2")));
        assertThat(figures.repeatedOptions())
                .containsExactly(new BankFigures.Repeat("Apache Airflow", List.of("q1", "q2")));
    }

    @Test
    void two_calculations_may_share_a_numeric_result() {
        BankFigures figures = figures(
                question("q1", "stack", "beginner", "P1?", "0.67", "0.40", "25%", "D1"),
                question("q2", "stack", "beginner", "P2?", "0.40", "0.67", "25%", "D2"));

        assertThat(figures.repeatedOptions()).isEmpty();
    }

    @Test
    void a_bank_without_repeats_has_none() {
        BankFigures figures = figures(
                question("q1", "stack", "beginner", "P1?", "A1", "B1", "C1", "D1"),
                question("q2", "stack", "beginner", "P2?", "A2", "B2", "C2", "D2"));

        assertThat(figures.repeatedPrompts()).isEmpty();
        assertThat(figures.repeatedOptions()).isEmpty();
    }

    @Test
    void lists_the_cited_entries_of_each_declared_source_document() {
        BankFigures figures = figures(
                question("q1", "stack", "beginner", "P1?", "A1", "B1", "C1", "D1"),
                question("q2", "stack", "beginner", "P2?", "A2", "B2", "C2", "D2")
                        .replace("[\"notes#1\"]", "[\"notes#3\", \"a web page\"]"));

        assertThat(figures.citedEntries())
                .containsExactly(Map.entry(new SourceDocument("notes", "Team notes"), new TreeSet<>(List.of(1, 3))));
    }
}
