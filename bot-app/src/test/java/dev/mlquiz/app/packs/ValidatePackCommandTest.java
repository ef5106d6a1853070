package dev.mlquiz.app.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.questions.bank.QuestionBank;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatePackCommandTest {
    static final String VALID =
            """
            id: team
            title: Team pack
            questions:
              - id: team-gpu
                topic: deep-learning
                difficulty: beginner
                prompt: What does a GPU mainly speed up in training?
                answer: Parallel matrix arithmetic
                distractors: [Reading from disk, Network round trips, Garbage collection]
                explanation: Training time is dominated by large matrix multiplications.
                sources: [team wiki]
            """;

    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    final ValidatePackCommand command = new ValidatePackCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_pack_passes_with_exit_code_zero(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("team.yaml"), VALID);

        assertThat(command.run(List.of(file.toString()))).isZero();
        assertThat(output()).isEqualTo("ok   " + file + ": pack 'team', 1 question\n");
    }

    @Test
    void every_problem_is_printed_and_the_exit_code_is_one(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("team.yaml"),
                VALID.replace("topic: deep-learning", "topic: astrology").replace(", Garbage collection", ""));

        assertThat(command.run(List.of(file.toString()))).isEqualTo(1);
        assertThat(output())
                .isEqualTo(String.join(
                        "\n",
                        "fail " + file
                                + ":5: question 'team-gpu': unknown topic 'astrology': neither pack 'team' nor any"
                                + " other declares it (declared: "
                                + String.join(
                                        ", ", QuestionBank.bundled().topics().ids()) + ")",
                        "fail " + file + ":9: question 'team-gpu': needs exactly 3 distractors, found 2",
                        "2 problems found",
                        ""));
    }

    @Test
    void an_id_that_clashes_with_a_bundled_question_is_caught(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("team.yaml"), VALID.replace("id: team-gpu", "id: dropout"));

        assertThat(command.run(List.of(file.toString()))).isEqualTo(1);
        assertThat(output()).contains("question 'dropout': duplicate id: already used by packs/deep-learning.yaml");
    }

    static final String VISION = VALID.replace("id: team\n", "id: vision\n")
            .replace("id: team-gpu", "id: vision-conv")
            .replace("topic: deep-learning", "topic: computer-vision")
            .replace("questions:\n", "topics:\n  - id: computer-vision\n    title: Computer vision\nquestions:\n");

    @Test
    void a_pack_may_bring_its_own_topic(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vision.yaml"), VISION);

        assertThat(command.run(List.of(file.toString()))).as(output()).isZero();
    }

    @Test
    void a_topic_declared_by_two_packs_names_both(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("vision.yaml"), VISION);
        Path second = Files.writeString(
                dir.resolve("vision-2.yaml"),
                VISION.replace("id: vision\n", "id: vision-2\n").replace("id: vision-conv", "id: vision-pool"));

        assertThat(command.run(List.of(first.toString(), second.toString()))).isEqualTo(1);
        assertThat(output())
                .isEqualTo(String.join(
                        "\n",
                        "ok   " + first + ": pack 'vision', 1 question",
                        "fail " + second + ":4: topic 'computer-vision' is already declared by pack 'vision' (" + first
                                + "); a topic is declared once, and any pack's questions may use it",
                        "1 problem found",
                        ""));
    }

    @Test
    void a_team_pack_cannot_redeclare_a_bundled_topic(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("team.yaml"),
                VALID.replace("questions:\n", "topics:\n  - {id: deep-learning, title: Our DL}\nquestions:\n"));

        assertThat(command.run(List.of(file.toString()))).isEqualTo(1);
        assertThat(output())
                .contains("fail " + file + ":4: topic 'deep-learning' is already declared by pack 'deep-learning'"
                        + " (packs/deep-learning.yaml)");
    }

    @Test
    void the_example_pack_in_the_readme_is_valid(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        Path file =
                Files.writeString(dir.resolve("our-team.yaml"), readme.substring(start, readme.indexOf("```", start)));

        assertThat(command.run(List.of(file.toString()))).as(output()).isZero();
    }

    @Test
    void a_missing_file_is_reported(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThat(command.run(List.of(missing.toString()))).isEqualTo(1);
        assertThat(output()).isEqualTo("fail " + missing + ": the file does not exist\n1 problem found\n");
    }

    @Test
    void no_file_however_broken_stops_it_and_each_problem_is_a_line_in_the_order_given(@TempDir Path dir)
            throws IOException {
        Path valid = Files.writeString(dir.resolve("team.yaml"), VALID);
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        Path binary = Files.write(dir.resolve("logo.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(1200) + "]".repeat(1200));
        Path digits = Files.writeString(
                dir.resolve("digits.yaml"),
                VALID.replace("id: team\n", "id: team-2\n")
                        .replace("id: team-gpu", "id: team-gpu-2")
                        .replace("Parallel matrix arithmetic", "1".repeat(1500)));
        Path bomb = Files.writeString(
                dir.resolve("bomb.yaml"),
                "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n");
        Path missing = dir.resolve("missing.yaml");

        int exitCode = command.run(Stream.of(valid, folder, binary, deep, digits, bomb, missing)
                .map(Path::toString)
                .collect(Collectors.toList()));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output().lines())
                .containsExactly(
                        "ok   " + valid + ": pack 'team', 1 question",
                        "fail " + folder + ": this is a folder, not a pack file",
                        "fail " + binary + ":1: the file contains NUL bytes, so it is not text: a binary file, "
                                + "or text saved as UTF-16; save the pack as UTF-8 text",
                        "fail " + deep + ":1: lists and mappings are nested more than 20 levels deep here; "
                                + "a pack needs 4",
                        "fail " + digits + ":8: question 'team-gpu-2': 'answer' is 1500 characters long; "
                                + "the limit is 200",
                        "fail " + bomb + ":5: alias '*d' takes the pack past 100,000 values (each use of an alias "
                                + "counts every value it repeats)",
                        "fail " + missing + ": the file does not exist",
                        "6 problems found");
    }

    @Test
    void a_name_that_cannot_be_a_path_is_reported() {
        assertThat(command.run(List.of("bad\u0000name.yaml"))).isEqualTo(1);
        assertThat(output()).startsWith("fail bad\u0000name.yaml: not a valid file name: ");
    }

    @Test
    void no_file_prints_usage_with_exit_code_two() {
        assertThat(command.run(List.of())).isEqualTo(2);
        assertThat(output()).startsWith("usage: mlquiz validate-pack");
    }
}
