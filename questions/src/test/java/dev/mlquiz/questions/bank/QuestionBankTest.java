package dev.mlquiz.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Pack;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import dev.mlquiz.questions.pack.PackLimits;
import dev.mlquiz.questions.pack.PackProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionBankTest {

    static String pack(String packId, String questionId, String topic, String difficulty) {
        return """
                id: %s
                title: A pack
                questions:
                  - id: %s
                    topic: %s
                    difficulty: %s
                    prompt: Which data does supervised learning need?
                    answer: Labelled examples
                    distractors: [Unlabelled examples, A reward signal, A similarity graph]
                    explanation: Supervised learning learns a mapping from inputs to known outputs.
                    sources: [team notes]
                """
                .formatted(packId, questionId, topic, difficulty);
    }

    /** Declares the topics the other test packs use, as the bundled packs do in a real bank. */
    static final PackFile TOPICS = new PackFile(
            "topics.yaml",
            """
            id: topics
            title: Topics
            topics:
              - {id: core-concepts, title: Core ML concepts}
              - {id: llms-nlp, title: LLMs & NLP}
              - {id: system-design, title: ML system design}
            questions:
              - id: q-topics
                topic: system-design
                difficulty: intermediate
                prompt: What does a feature store keep consistent?
                answer: Feature values between training and serving
                distractors: [Model weights between replicas, Label noise across folds, Random seeds across runs]
                explanation: One definition of each feature serves both training and serving.
                sources: [team notes]
            """);

    /** The test packs after {@link #TOPICS}. */
    static QuestionBank bank(PackFile... files) {
        List<PackFile> all = new java.util.ArrayList<>(List.of(TOPICS));
        all.addAll(List.of(files));
        return QuestionBank.of(all);
    }

    @Test
    void a_broken_pack_is_left_out_and_the_others_still_load() {
        QuestionBank bank = bank(
                new PackFile("a.yaml", pack("a", "q-a", "core-concepts", "beginner")),
                new PackFile("broken.yaml", pack("b", "q-b", "astrology", "beginner")),
                new PackFile("c.yaml", pack("c", "q-c", "llms-nlp", "advanced")));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics", "a", "c");
        assertThat(bank.problems()).extracting(PackProblem::file).containsExactly("broken.yaml");
    }

    @Test
    void a_question_id_reused_by_a_later_pack_rejects_that_pack_whole() {
        String second = pack("second", "shared-id", "core-concepts", "beginner")
                + pack("x", "own-id", "core-concepts", "beginner")
                        .substring(
                                pack("x", "own-id", "core-concepts", "beginner").indexOf("  - id:"));
        QuestionBank bank = bank(
                new PackFile("first.yaml", pack("first", "shared-id", "core-concepts", "beginner")),
                new PackFile("second.yaml", second));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics", "first");
        assertThat(bank.question("own-id")).isEmpty();
        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly("second.yaml:4: question 'shared-id': duplicate id: already used by first.yaml");
    }

    @Test
    void a_pack_id_reused_by_a_later_pack_is_rejected() {
        QuestionBank bank = bank(
                new PackFile("one.yaml", pack("same", "q1", "core-concepts", "beginner")),
                new PackFile("two.yaml", pack("same", "q2", "core-concepts", "beginner")));

        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly("two.yaml: pack id 'same' is already used by one.yaml");
    }

    @Test
    void team_packs_load_from_a_directory_after_the_bundled_ones(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ours.yaml"), pack("ours", "our-question", "system-design", "advanced"));
        Files.writeString(
                dir.resolve("theirs.json"),
                """
                {"id": "theirs", "title": "JSON", "questions": [{"id": "their-question", "topic": "deep-learning",
                 "difficulty": "beginner", "prompt": "What does a GPU speed up?", "answer": "Matrix multiplication",
                 "distractors": ["Disk reads", "Network calls", "Garbage collection"],
                 "explanation": "Training is dominated by parallel matrix arithmetic.", "sources": ["notes"]}]}
                """);
        Files.writeString(dir.resolve("README.txt"), "not a pack");
        int bundled = QuestionBank.bundled().questions().size();

        QuestionBank bank = QuestionBank.load(Optional.of(dir));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions()).hasSize(bundled + 2);
        assertThat(bank.question("our-question"))
                .get()
                .extracting(q -> q.packId())
                .isEqualTo("ours");
        assertThat(bank.packs().get(bank.packs().size() - 1).id()).isEqualTo("theirs");
    }

    @Test
    void every_kind_of_unreadable_team_file_is_reported_and_the_good_packs_still_load(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("good.yaml"), pack("good", "q-good", "core-concepts", "beginner"));
        Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(
                dir.resolve("latin.yaml"),
                pack("latin", "q-latin", "core-concepts", "beginner").replace("A pack", "Café"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.writeString(
                dir.resolve("wide.yaml"),
                pack("wide", "q-wide", "core-concepts", "beginner"),
                java.nio.charset.StandardCharsets.UTF_16);
        Files.write(dir.resolve("huge.json"), new byte[PackLimits.FILE_BYTES_MAX + 1]);
        Files.createDirectory(dir.resolve("folder.yml"));
        Files.writeString(dir.resolve("deep.json"), "[".repeat(1200) + "]".repeat(1200));
        Files.writeString(dir.resolve("digits.json"), "{\"id\": " + "1".repeat(1500) + "}");
        Files.createFile(dir.resolve("empty.yaml"));
        Files.writeString(dir.resolve(".#good.yaml"), "an editor's lock file");

        QuestionBank bank = QuestionBank.load(Optional.of(dir));

        assertThat(bank.question("q-good")).isPresent();
        assertThat(bank.packs()).hasSize(QuestionBank.bundled().packs().size() + 1);
        assertThat(bank.problems())
                .extracting(p -> dir.relativize(Path.of(p.file())) + ": " + p.message())
                .containsExactly(
                        "binary.yaml: the file contains NUL bytes, so it is not text: a binary file, "
                                + "or text saved as UTF-16; save the pack as UTF-8 text",
                        "folder.yml: this is a folder, not a pack file",
                        "huge.json: the file is 1.0 MB; a pack file can be at most 1 MB",
                        "latin.yaml: the file is not UTF-8 text: byte 0xE9 cannot appear here; save the pack as UTF-8",
                        "wide.yaml: the file is saved as UTF-16; save the pack as UTF-8",
                        "deep.json: lists and mappings are nested more than 20 levels deep here; a pack needs 4",
                        "digits.json: 'id' is 1500 characters long; the limit is 64",
                        "digits.json: missing 'title'",
                        "digits.json: missing 'questions': a pack needs at least one question",
                        "empty.yaml: the file is empty");
    }

    @Test
    void a_packs_directory_that_is_a_file_is_a_problem_not_a_crash(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("packs"), "not a folder");

        QuestionBank bank = QuestionBank.load(Optional.of(file));

        assertThat(bank.questions()).isNotEmpty();
        assertThat(bank.problems())
                .singleElement()
                .asString()
                .isEqualTo(file + ": packs directory is a file, not a directory");
    }

    @Test
    void a_missing_team_directory_is_a_problem_not_a_crash(@TempDir Path dir) {
        QuestionBank bank = QuestionBank.load(Optional.of(dir.resolve("nope")));

        assertThat(bank.questions()).isNotEmpty();
        assertThat(bank.problems()).singleElement().asString().endsWith("nope: packs directory does not exist");
    }

    @Test
    void questions_are_counted_per_declared_topic() {
        QuestionBank bank = bank(
                new PackFile("a.yaml", pack("a", "q1", "core-concepts", "beginner")),
                new PackFile("b.yaml", pack("b", "q2", "core-concepts", "advanced")),
                new PackFile("c.yaml", pack("c", "q3", "llms-nlp", "advanced")));

        assertThat(bank.countsByTopic())
                .containsExactly(
                        entry(new Topic("core-concepts", "Core ML concepts", Optional.empty()), 2),
                        entry(new Topic("llms-nlp", "LLMs & NLP", Optional.empty()), 1),
                        entry(new Topic("system-design", "ML system design", Optional.empty()), 1));
    }

    @Test
    void topic_and_level_names_are_forgiving_about_case_and_separators() {
        Topics topics = bank(new PackFile("a.yaml", pack("a", "q1", "llms-nlp", "beginner")))
                .topics();

        assertThat(topics.parse("LLMs_NLP")).map(Topic::id).contains("llms-nlp");
        assertThat(topics.parse(" system design ")).map(Topic::id).contains("system-design");
        assertThat(Difficulty.parse("Advanced")).contains(Difficulty.ADVANCED);
        assertThat(topics.parse("astrology")).isEmpty();
    }

    @Test
    void the_topics_are_those_the_packs_declare_in_load_order() {
        QuestionBank bank = bank(new PackFile(
                "vision.yaml",
                pack("vision", "q1", "computer-vision", "beginner")
                        .replace(
                                "questions:\n",
                                "topics:\n  - {id: computer-vision, title: Computer vision}\n"
                                        + "  - {id: unused, title: No question uses this}\nquestions:\n")));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.topics().ids())
                .containsExactly("core-concepts", "llms-nlp", "system-design", "computer-vision", "unused");
        assertThat(bank.countsByTopic())
                .containsEntry(new Topic("unused", "No question uses this", Optional.empty()), 0);
        assertThat(bank.topics().displayed("computer-vision").title()).isEqualTo("Computer vision");
        assertThat(bank.topics().displayed("removed-topic"))
                .as("answers under a topic no pack declares any more are shown by its id")
                .isEqualTo(new Topic("removed-topic", "removed-topic", Optional.empty()));
    }

    @Test
    void a_question_on_a_topic_no_pack_declares_rejects_its_pack_naming_the_declared_ones() {
        QuestionBank bank = bank(new PackFile("ours.yaml", pack("ours", "our-q", "infra", "beginner")));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics");
        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly("ours.yaml:5: question 'our-q': unknown topic 'infra': neither pack 'ours' nor any"
                        + " other declares it (declared: core-concepts, llms-nlp, system-design)");
    }

    @Test
    void an_unknown_topic_is_reported_with_the_other_problems_of_its_pack() {
        QuestionBank bank = bank(new PackFile(
                "ours.yaml", pack("ours", "our-q", "infra", "beginner").replace(", A similarity graph]", "]")));

        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly(
                        "ours.yaml:5: question 'our-q': unknown topic 'infra': neither pack 'ours' nor any other"
                                + " declares it (declared: core-concepts, llms-nlp, system-design)",
                        "ours.yaml:9: question 'our-q': needs exactly 3 distractors, found 2");
    }

    @Test
    void a_team_pack_may_add_questions_to_a_topic_a_later_pack_declares() {
        QuestionBank bank = bank(
                new PackFile("a.yaml", pack("a", "q-a", "computer-vision", "beginner")),
                new PackFile("b.yaml", pack("computer-vision", "q-b", "computer-vision", "advanced")));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.questions())
                .filteredOn(q -> q.topicId().equals("computer-vision"))
                .extracting(q -> q.id())
                .containsExactly("q-a", "q-b");
    }

    @Test
    void a_pack_left_out_takes_its_topics_with_it() {
        QuestionBank bank = bank(
                new PackFile(
                        "vision.yaml",
                        pack("vision", "q-cv", "infra", "beginner")
                                .replace(
                                        "questions:\n",
                                        "topics:\n  - {id: computer-vision, title: Computer vision}\nquestions:\n")),
                new PackFile("uses.yaml", pack("uses", "q-uses", "computer-vision", "beginner")));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics");
        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly(
                        "vision.yaml:7: question 'q-cv': unknown topic 'infra': neither pack 'vision' nor any other"
                                + " declares it (declared: core-concepts, llms-nlp, system-design, computer-vision)",
                        "uses.yaml:5: question 'q-uses': unknown topic 'computer-vision': neither pack 'uses'"
                                + " nor any other declares it (declared: core-concepts, llms-nlp, system-design)");
    }

    @Test
    void a_topic_declared_by_two_packs_rejects_the_later_one_naming_both() {
        String twice = pack("second", "q2", "llms-nlp", "beginner")
                .replace("questions:\n", "topics:\n  - id: core-concepts\n    title: Our concepts\nquestions:\n");

        QuestionBank bank = bank(new PackFile("second.yaml", twice));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics");
        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly("second.yaml:4: topic 'core-concepts' is already declared by pack 'topics'"
                        + " (topics.yaml); a topic is declared once, and any pack's questions may use it");
    }

    @Test
    void a_team_pack_cannot_redeclare_a_bundled_topic() {
        String redeclared = pack("our-dl", "our-dl-q", "deep-learning", "beginner")
                .replace("questions:\n", "topics:\n  - {id: deep-learning, title: Our deep learning}\nquestions:\n");

        QuestionBank bank = QuestionBank.bundledPlus(List.of(new PackFile("our-dl.yaml", redeclared)));

        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .containsExactly("our-dl.yaml:4: topic 'deep-learning' is already declared by pack 'deep-learning'"
                        + " (packs/deep-learning.yaml); a topic is declared once, and any pack's questions may use"
                        + " it");
    }

    @Test
    void a_team_pack_adds_questions_to_a_bundled_topic_and_brings_its_own() {
        String team = pack("our-team", "our-dl-q", "deep-learning", "beginner")
                + pack("x", "our-cv-q", "computer-vision", "advanced")
                        .substring(pack("x", "our-cv-q", "computer-vision", "advanced")
                                .indexOf("  - id:"));
        team = team.replace("questions:\n", "topics:\n  - {id: computer-vision, title: Computer vision}\nquestions:\n");

        QuestionBank bank = QuestionBank.bundledPlus(List.of(new PackFile("our-team.yaml", team)));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.question("our-dl-q")).get().extracting(q -> q.topicId()).isEqualTo("deep-learning");
        assertThat(bank.topics().ids()).endsWith("interview-craft", "computer-vision");
    }

    /** Each kind of broken pack, as (description, pack text, the message it must produce). */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenPacks() {
        String good = pack("broken", "q-broken", "core-concepts", "beginner");
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "bad YAML", good + "  - id: [unclosed\n", "YAML syntax error"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "missing field",
                        good.replace(
                                "    explanation: Supervised learning learns a mapping from inputs to known outputs.\n",
                                ""),
                        "question 'q-broken': missing 'explanation'"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "duplicate id", good + good.substring(good.indexOf("  - id:")), "duplicate id"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "two distractors",
                        good.replace(", A similarity graph]", "]"),
                        "needs exactly 3 distractors, found 2"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "four distractors",
                        good.replace(", A similarity graph]", ", A similarity graph, A kernel]"),
                        "needs exactly 3 distractors, found 4"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "distractor equal to the answer",
                        good.replace("A reward signal", "labelled EXAMPLES"),
                        "is the same as the answer"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "over-long option",
                        good.replace("answer: Labelled examples", "answer: " + "x".repeat(201)),
                        "'answer' is 201 characters long; the limit is 200"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "unknown topic",
                        good.replace("topic: core-concepts", "topic: astrology"),
                        "unknown topic 'astrology'"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "nested 1,200 levels deep",
                        good + "extra: " + "[".repeat(1200) + "]".repeat(1200) + "\n",
                        "nested more than 20 levels deep"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a 1,500-digit number",
                        good.replace("answer: Labelled examples", "answer: " + "9".repeat(1500)),
                        "'answer' is 1500 characters long; the limit is 200"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "an alias bomb",
                        good + "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
                                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d]\n"
                                + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e]\n",
                        "takes the pack past 100,000 values"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "an alias without an anchor",
                        good.replace("sources: [team notes]", "sources: *notes"),
                        "alias '*notes' repeats no anchor"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "two YAML documents", good + "---\n" + good, "a second YAML document starts here"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a control character",
                        good.replace("Labelled examples", "Labelled\u0000examples"),
                        "the character U+0000 is not allowed in a YAML file"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "only comments", "# to be written\n", "the file holds only comments, no pack"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("brokenPacks")
    void a_broken_pack_gets_its_specific_message_and_the_other_packs_still_load(
            String kind, String broken, String message) {
        QuestionBank bank = bank(
                new PackFile("before.yaml", pack("before", "q-before", "core-concepts", "beginner")),
                new PackFile("broken.yaml", broken),
                new PackFile("after.yaml", pack("after", "q-after", "llms-nlp", "advanced")));

        assertThat(bank.packs()).extracting(Pack::id).containsExactly("topics", "before", "after");
        assertThat(bank.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file())
                .isEqualTo("broken.yaml"));
        assertThat(bank.problems())
                .extracting(PackProblem::toString)
                .anySatisfy(text -> assertThat(text).startsWith("broken.yaml:").contains(message));
    }
}
