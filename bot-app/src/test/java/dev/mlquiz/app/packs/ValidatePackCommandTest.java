package dev.mlquiz.app.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                        "fail " + file + ":5: question 'team-gpu': unknown topic 'astrology' (valid: core-concepts, "
                                + "deep-learning, llms-nlp, evaluation-statistics, mlops-production, responsible-ai, "
                                + "system-design, interview-craft)",
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
        assertThat(command.run(List.of(dir.resolve("nope.yaml").toString()))).isEqualTo(1);
        assertThat(output()).contains("nope.yaml: cannot read file");
    }

    @Test
    void no_file_prints_usage_with_exit_code_two() {
        assertThat(command.run(List.of())).isEqualTo(2);
        assertThat(output()).startsWith("usage: mlquiz validate-pack");
    }
}
