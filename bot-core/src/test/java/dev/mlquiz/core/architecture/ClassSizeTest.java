package dev.mlquiz.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays in classes a reader takes in at once: use cases, not one class that does everything. */
class ClassSizeTest {
    static final int MAX_LINES = 300;
    static final Path SOURCES = Path.of("src/main/java");
    /** The catalog's list of message keys: one line per message, no behaviour to split; it grows with the product. */
    static final Path MESSAGE_KEYS = SOURCES.resolve("dev/mlquiz/core/text/Msg.java");

    @Test
    void no_main_class_of_the_core_exceeds_300_lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.equals(MESSAGE_KEYS))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> SOURCES.relativize(file) + " (" + lines(file) + " lines)")
                    .collect(Collectors.toList());
        }

        assertThat(tooLong).isEmpty();
    }

    @Test
    void the_check_reads_the_core_sources() {
        assertThat(SOURCES.resolve("dev/mlquiz/core/quiz/Quiz.java")).exists();
        assertThat(MESSAGE_KEYS).exists();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
