package dev.mlquiz.questions.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML anchors, aliases and merge keys work in packs, and problems inside them point at their use. */
class YamlAliasTest {

    /** The first question is anchored as {@code &first}, its sources as {@code &notes}. */
    static final String FIRST =
            """
            id: team-pack
            title: Team pack
            questions:
              - &first
                id: q1
                topic: mlops-production
                difficulty: intermediate
                prompt: Where should features for training come from?
                answer: The feature store the service reads
                distractors: [A CSV export, The raw event log, Last quarter's copy]
                explanation: &why One definition keeps training and serving in step.
                sources: &notes [team notes]
            """;

    static List<Question> questions(String yaml) {
        PackReadResult result = PackReader.read("team.yaml", yaml);
        assertThat(result).as(result.toString()).isInstanceOf(PackReadResult.Loaded.class);
        return ((PackReadResult.Loaded) result).pack().questions();
    }

    static List<String> messages(String yaml) {
        PackReadResult result = PackReader.read("team.yaml", yaml);
        assertThat(result).isInstanceOf(PackReadResult.Rejected.class);
        return ((PackReadResult.Rejected) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void a_merge_key_copies_an_anchored_question_and_written_fields_win() {
        String yaml = FIRST
                + """
                  - <<: *first
                    id: q2
                    difficulty: advanced
                    prompt: Which store must the training job read?
                """;

        Question second = questions(yaml).get(1);

        assertThat(second.id()).isEqualTo("q2");
        assertThat(second.difficulty()).isEqualTo(Difficulty.ADVANCED);
        assertThat(second.prompt()).isEqualTo("Which store must the training job read?");
        assertThat(second.topicId()).isEqualTo("mlops-production");
        assertThat(second.sources()).containsExactly("team notes");
    }

    @Test
    void of_several_merged_mappings_the_first_wins() {
        String yaml = FIRST
                + """
                  - &hard {id: q2, difficulty: advanced, topic: system-design, <<: *first}
                  - <<: [*hard, *first]
                    id: q3
                """;

        Question third = questions(yaml).get(2);

        assertThat(third.difficulty()).isEqualTo(Difficulty.ADVANCED);
        assertThat(third.topicId()).isEqualTo("system-design");
        assertThat(third.answer()).isEqualTo("The feature store the service reads");
    }

    @Test
    void an_alias_repeats_an_anchored_list_or_text() {
        String yaml = FIRST
                + """
                  - id: q2
                    topic: core-concepts
                    difficulty: beginner
                    prompt: Why share one feature definition?
                    answer: So training and serving compute features alike
                    distractors: [It is faster to type, It uses less disk, It avoids code review]
                    explanation: *why
                    sources: *notes
                """;

        List<Question> questions = questions(yaml);

        assertThat(questions).extracting(Question::sources).containsOnly(List.of("team notes"));
        assertThat(questions)
                .extracting(Question::explanation)
                .containsOnly("One definition keeps training and serving in step.");
    }

    @Test
    void a_problem_inside_a_repeated_value_points_at_the_line_that_repeats_it() {
        String yaml =
                FIRST.replace("[A CSV export, The raw event log, Last quarter's copy]", "&two [A CSV export, A PDF]")
                        + """
                  - <<: *first
                    id: q2
                    distractors: *two
                """;

        assertThat(messages(yaml))
                .containsExactly(
                        "team.yaml:10: question 'q1': needs exactly 3 distractors, found 2",
                        "team.yaml:15: question 'q2': needs exactly 3 distractors, found 2");
    }

    @Test
    void a_merged_field_with_a_problem_points_at_the_merge_key() {
        String yaml = FIRST.replace("sources: &notes [team notes]", "sources: &notes [\"wiki#1\"]")
                + """
                  - <<: *first
                    id: q2
                """;

        assertThat(messages(yaml))
                .containsExactly(
                        "team.yaml:12: question 'q1': source 'wiki#1' cites document 'wiki', which the pack's "
                                + "'sources' does not declare",
                        "team.yaml:13: question 'q2': source 'wiki#1' cites document 'wiki', which the pack's "
                                + "'sources' does not declare");
    }

    @Test
    void merging_something_other_than_a_mapping_is_named() {
        String yaml = FIRST + """
                  - <<: *notes
                    id: q2
                """;

        assertThat(messages(yaml))
                .contains("team.yaml:13: '<<' merges mappings: its value must be a mapping, an alias of one, "
                        + "or a list of them");
    }

    @Test
    void a_quoted_merge_key_is_an_ordinary_field() {
        String yaml = FIRST
                + """
                  - <<: *first
                    id: q2
                    '<<': not a merge
                """;

        assertThat(messages(yaml))
                .containsExactly("team.yaml:15: question 'q2': unknown question field '<<' (expected: answer, "
                        + "difficulty, distractors, explanation, id, prompt, sources, tip, topic)");
    }

    @Test
    void one_anchor_merged_into_many_questions_loads_well_within_the_limit() {
        StringBuilder yaml = new StringBuilder(FIRST);
        for (int i = 2; i <= 1000; i++) {
            yaml.append("  - {<<: *first, id: q").append(i).append("}\n");
        }

        assertThat(questions(yaml.toString())).hasSize(1000);
    }
}
