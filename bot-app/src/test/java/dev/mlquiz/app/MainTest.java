package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    final Main main = new Main(Map.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

    @Test
    void an_unknown_command_prints_usage_and_fails() {
        assertThat(main.run(List.of("frobnicate"))).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("unknown command 'frobnicate'\nusage: mlquiz");
    }
}
