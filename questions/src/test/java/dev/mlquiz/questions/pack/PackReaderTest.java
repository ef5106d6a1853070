package dev.mlquiz.questions.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackReaderTest {

    static final String HEADER =
            """
            id: team-pack
            title: Team pack
            sources:
              - id: wiki
                title: Our wiki
            questions:
            """;

    /** A valid question whose fields the tests replace one at a time. */
    static String question(String id, String... overrides) {
        String text =
                """
                  - id: %s
                    topic: core-concepts
                    difficulty: beginner
                    prompt: Which data does supervised learning need?
                    answer: Labelled examples
                    distractors:
                      - Unlabelled examples
                      - A reward signal
                      - A similarity graph
                    explanation: Supervised learning learns a mapping from inputs to known outputs.
                    sources: ["wiki#1"]
                """
                        .formatted(id);
        for (int i = 0; i < overrides.length; i += 2) {
            text = text.replace(overrides[i], overrides[i + 1]);
        }
        return text;
    }

    static PackReadResult read(String yaml) {
        return PackReader.read("team.yaml", yaml);
    }

    static Pack pack(String yaml) {
        PackReadResult result = read(yaml);
        assertThat(result).isInstanceOf(PackReadResult.Loaded.class);
        return ((PackReadResult.Loaded) result).pack();
    }

    static List<PackProblem> problems(String yaml) {
        PackReadResult result = read(yaml);
        assertThat(result).isInstanceOf(PackReadResult.Rejected.class);
        return ((PackReadResult.Rejected) result).problems();
    }

    static List<String> messages(String yaml) {
        return problems(yaml).stream().map(PackProblem::toString).toList();
    }

    @Test
    void a_valid_pack_loads_every_field() {
        String yaml = HEADER + question("supervised-data", "explanation:", "tip: Name an algorithm.\n    explanation:");

        PackReadResult result = read(yaml);

        assertThat(result).isInstanceOf(PackReadResult.Loaded.class);
        Question q = ((PackReadResult.Loaded) result).pack().questions().get(0);
        assertThat(q.id()).isEqualTo("supervised-data");
        assertThat(q.packId()).isEqualTo("team-pack");
        assertThat(q.topicId()).isEqualTo("core-concepts");
        assertThat(q.difficulty()).isEqualTo(Difficulty.BEGINNER);
        assertThat(q.answer()).isEqualTo("Labelled examples");
        assertThat(q.options())
                .containsExactly("Labelled examples", "Unlabelled examples", "A reward signal", "A similarity graph");
        assertThat(q.tip()).contains("Name an algorithm.");
        assertThat(q.sources()).containsExactly("wiki#1");
    }

    @Test
    void a_json_pack_loads_too() {
        String json =
                """
                {"id": "json-pack", "title": "JSON pack", "questions": [
                  {"id": "q1", "topic": "llms-nlp", "difficulty": "advanced",
                   "prompt": "What does RAG add to an LLM?", "answer": "Retrieved documents",
                   "distractors": ["More layers", "A bigger vocabulary", "Lower precision"],
                   "explanation": "Retrieval grounds generation in documents.", "sources": ["team notes"]}]}
                """;

        PackReadResult result = PackReader.read("team.json", json);

        assertThat(result).isInstanceOf(PackReadResult.Loaded.class);
        assertThat(((PackReadResult.Loaded) result).pack().questions()).hasSize(1);
    }

    @Test
    void bad_yaml_is_reported_with_its_line() {
        String yaml = HEADER + question("q1") + "  - id: [unclosed\n";

        assertThat(messages(yaml))
                .singleElement()
                .asString()
                .isEqualTo("team.yaml:18: YAML syntax error: while parsing a flow sequence; "
                        + "expected ',' or ']', but got <stream end>");
    }

    @Test
    void bad_json_is_reported_as_json() {
        assertThat(PackReader.read("team.json", "{\"id\": \"x\",\n \"title\": }"))
                .isInstanceOfSatisfying(PackReadResult.Rejected.class, r -> assertThat(r.problems())
                        .singleElement()
                        .asString()
                        .startsWith("team.json:2: JSON syntax error"));
    }

    @Test
    void an_empty_file_is_rejected() {
        assertThat(messages("")).containsExactly("team.yaml: the file is empty");
    }

    @Test
    void a_missing_field_names_the_question_and_its_line() {
        String yaml = HEADER
                + question("q1")
                + question(
                        "q2",
                        "    explanation: Supervised learning learns a mapping from inputs to known outputs.\n",
                        "");

        assertThat(messages(yaml)).containsExactly("team.yaml:18: question 'q2': missing 'explanation'");
    }

    @Test
    void a_question_without_id_is_named_by_position() {
        String yaml = HEADER + question("q1", "  - id: q1\n    topic", "  - topic");

        assertThat(messages(yaml)).containsExactly("team.yaml:7: question '#1': missing 'id'");
    }

    @Test
    void duplicate_ids_in_one_pack_point_at_the_first_use() {
        String yaml = HEADER + question("q1") + question("q1");

        assertThat(messages(yaml)).containsExactly("team.yaml:18: question 'q1': duplicate id: already used on line 7");
    }

    @Test
    void two_distractors_are_too_few() {
        String yaml = HEADER + question("q1", "      - A similarity graph\n", "");

        assertThat(messages(yaml)).containsExactly("team.yaml:13: question 'q1': needs exactly 3 distractors, found 2");
    }

    @Test
    void four_distractors_are_too_many() {
        String yaml = HEADER
                + question("q1", "      - A similarity graph\n", "      - A similarity graph\n      - A kernel\n");

        assertThat(messages(yaml)).containsExactly("team.yaml:13: question 'q1': needs exactly 3 distractors, found 4");
    }

    @Test
    void a_distractor_equal_to_the_answer_ignoring_case_and_spaces_is_rejected() {
        String yaml = HEADER + question("q1", "      - A reward signal", "      - '  labelled   EXAMPLES '");

        assertThat(messages(yaml))
                .containsExactly("team.yaml:14: question 'q1': distractor 2 is the same as the answer");
    }

    @Test
    void repeated_distractors_are_rejected() {
        String yaml = HEADER + question("q1", "      - A similarity graph", "      - a reward  signal");

        assertThat(messages(yaml)).containsExactly("team.yaml:15: question 'q1': distractor 3 repeats distractor 2");
    }

    @Test
    void an_option_over_200_characters_is_rejected() {
        String yaml = HEADER + question("q1", "answer: Labelled examples", "answer: " + "x".repeat(201));

        assertThat(messages(yaml))
                .containsExactly("team.yaml:11: question 'q1': 'answer' is 201 characters long; the limit is 200");
    }

    @Test
    void a_distractor_over_200_characters_is_rejected() {
        String yaml = HEADER + question("q1", "      - A reward signal", "      - " + "y".repeat(250));

        assertThat(messages(yaml))
                .containsExactly("team.yaml:14: question 'q1': distractor 2 is 250 characters long; the limit is 200");
    }

    @Test
    void an_explanation_over_1000_characters_is_rejected() {
        String yaml =
                HEADER + question("q1", "explanation: Supervised", "explanation: " + "z".repeat(1000) + " Supervised");

        assertThat(messages(yaml))
                .singleElement()
                .asString()
                .isEqualTo("team.yaml:16: question 'q1': 'explanation' is 1067 characters long; the limit is 1000");
    }

    @Test
    void a_pack_without_topics_whose_questions_use_its_id_declares_itself_as_their_topic() {
        String yaml = "description: Questions about our stack.\n" + HEADER
                + question("q1", "topic: core-concepts", "topic: team-pack");

        assertThat(pack(yaml).topics())
                .containsExactly(new Topic("team-pack", "Team pack", Optional.of("Questions about our stack.")));
    }

    @Test
    void a_pack_without_topics_that_only_adds_to_other_topics_declares_none() {
        assertThat(pack(HEADER + question("q1")).topics()).isEmpty();
    }

    @Test
    void a_pack_declares_its_topics_in_order_and_its_questions_name_one_by_id() {
        String yaml = HEADER.replace("questions:\n", "")
                + """
                topics:
                  - id: computer-vision
                    title: Computer vision
                    description: Images, video and the models that read them.
                  - id: our-stack
                    title: Our stack
                questions:
                """
                + question("q1", "topic: core-concepts", "topic: Computer_Vision");

        Pack pack = pack(yaml);

        assertThat(pack.topics())
                .containsExactly(
                        new Topic(
                                "computer-vision",
                                "Computer vision",
                                Optional.of("Images, video and the models that read them.")),
                        new Topic("our-stack", "Our stack", Optional.empty()));
        assertThat(pack.questions().get(0).topicId()).isEqualTo("computer-vision");
    }

    @Test
    void an_empty_topics_list_declares_none() {
        String yaml = HEADER.replace("questions:\n", "topics: []\nquestions:\n") + question("q1");

        assertThat(pack(yaml).topics()).isEmpty();
    }

    @Test
    void a_question_may_name_a_topic_its_own_pack_does_not_declare() {
        assertThat(pack(HEADER + question("q1", "topic: core-concepts", "topic: astrology"))
                        .questions()
                        .get(0)
                        .topicId())
                .as("the bank, which sees every pack, decides whether some pack declares it")
                .isEqualTo("astrology");
    }

    @Test
    void each_bad_topic_entry_is_named_with_its_line() {
        String yaml = HEADER.replace("questions:\n", "")
                + """
                topics:
                  - id: Computer Vision
                    title: Computer vision
                  - id: untitled
                  - just-a-word
                  - id: our-stack
                    title: Our stack
                    colour: blue
                  - id: ok
                    title: %s
                  - id: our-stack
                    title: Our stack again
                questions:
                """
                        .formatted("t".repeat(PackLimits.TITLE_MAX + 1))
                + question("q1");

        assertThat(messages(yaml))
                .containsExactly(
                        "team.yaml:7: 'id' must be lower-case words joined by hyphens, like 'bias-variance-tradeoff',"
                                + " not 'Computer Vision'",
                        "team.yaml:9: missing 'title'",
                        "team.yaml:10: each topic must be a mapping with 'id' and 'title'",
                        "team.yaml:13: unknown topic field 'colour' (expected: description, id, title)",
                        "team.yaml:15: 'title' is 101 characters long; the limit is 100",
                        "team.yaml:16: topic 'our-stack' is declared twice (first on line 11)");
    }

    @Test
    void topics_must_be_a_list() {
        String yaml = HEADER.replace("questions:\n", "topics: computer-vision\nquestions:\n") + question("q1");

        assertThat(messages(yaml))
                .containsExactly("team.yaml:6: 'topics' must be a list of topics with 'id', 'title' and an optional"
                        + " 'description'");
    }

    @Test
    void an_unknown_difficulty_lists_the_valid_ones() {
        String yaml = HEADER + question("q1", "difficulty: beginner", "difficulty: expert");

        assertThat(messages(yaml))
                .containsExactly(
                        "team.yaml:9: question 'q1': unknown difficulty 'expert' (valid: beginner, intermediate, advanced)");
    }

    @Test
    void a_misspelt_field_is_named() {
        String yaml = HEADER + question("q1", "    explanation:", "    explanaton:");

        assertThat(messages(yaml))
                .containsExactly(
                        "team.yaml:7: question 'q1': missing 'explanation'",
                        "team.yaml:16: question 'q1': unknown question field 'explanaton' (expected: answer, difficulty, "
                                + "distractors, explanation, id, prompt, sources, tip, topic)");
    }

    @Test
    void an_id_must_be_a_slug() {
        String yaml = HEADER + question("Bias Variance");

        assertThat(messages(yaml))
                .containsExactly("team.yaml:7: question 'Bias Variance': 'id' must be lower-case "
                        + "words joined by hyphens, like 'bias-variance-tradeoff', not 'Bias Variance'");
    }

    @Test
    void a_question_from_general_knowledge_needs_no_sources_but_an_empty_list_is_a_mistake() {
        Pack pack = pack(HEADER + question("q1", "    sources: [\"wiki#1\"]\n", ""));

        assertThat(pack.questions()).singleElement().satisfies(q -> assertThat(q.sources())
                .isEmpty());
        assertThat(messages(HEADER + question("q1", "[\"wiki#1\"]", "[]")))
                .containsExactly("team.yaml:17: question 'q1': 'sources' must be a non-empty list, e.g. [\"001#12\"]");
    }

    @Test
    void a_source_must_cite_a_declared_document() {
        String yaml = HEADER + question("q1", "[\"wiki#1\"]", "[\"handbook#3\"]");

        assertThat(messages(yaml))
                .containsExactly("team.yaml:17: question 'q1': source 'handbook#3' cites "
                        + "document 'handbook', which the pack's 'sources' does not declare");
    }

    @Test
    void a_duplicate_key_is_rejected() {
        String yaml = HEADER
                + question("q1", "    difficulty: beginner\n", "    difficulty: beginner\n    difficulty: advanced\n");

        assertThat(messages(yaml)).containsExactly("team.yaml:10: duplicate key 'difficulty'");
    }

    @Test
    void every_problem_of_a_pack_is_listed_in_line_order() {
        String yaml = HEADER
                + question("q1", "difficulty: beginner", "difficulty: expert")
                + question("q2", "      - A similarity graph\n", "");

        List<PackProblem> problems = problems(yaml);

        assertThat(problems).extracting(PackProblem::line).containsExactly(9, 24);
        assertThat(problems).extracting(PackProblem::questionId).containsExactly(Optional.of("q1"), Optional.of("q2"));
    }

    @Test
    void a_pack_without_questions_is_rejected() {
        assertThat(messages("id: empty\ntitle: Empty\nquestions: []\n"))
                .containsExactly("team.yaml:3: 'questions' must be a non-empty list");
    }

    @Test
    void a_pack_must_be_a_mapping() {
        assertThat(messages("- just\n- a list\n"))
                .containsExactly("team.yaml:1: a pack must be a mapping with 'id', 'title' and 'questions'");
    }
}
