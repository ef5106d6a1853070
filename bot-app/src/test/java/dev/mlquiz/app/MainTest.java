package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Main main(Map<String, String> env, String input) {
        return new Main(
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    }

    @Test
    void an_unknown_command_prints_usage_and_fails() {
        assertThat(main(Map.of(), "").run(List.of("frobnicate"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown command 'frobnicate'\nusage: mlquiz");
    }

    @Test
    void bank_prints_the_topics_and_counts() {
        assertThat(main(Map.of(), "").run(List.of("bank"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("mlquiz question bank: ")
                .contains("core-concepts")
                .contains("interview-craft");
    }

    @Test
    void with_no_credentials_the_console_starts_and_ends_cleanly_at_end_of_input(@TempDir Path dir) {
        Map<String, String> env = Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString());

        assertThat(main(env, "/mlquiz topics\n").run(List.of())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("mlquiz console playground")
                .contains("Topics:");
        assertThat(dir.resolve("quiz.db")).exists();
    }
}
