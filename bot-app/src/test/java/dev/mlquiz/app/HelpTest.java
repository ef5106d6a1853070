package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code mlquiz help} is where an operator looks first: it must name every setting mlquiz reads. */
class HelpTest {
    /** A name read from the environment: a string literal in Java, a {@code $NAME} or {@code ${NAME} elsewhere. */
    static final Pattern SETTING = Pattern.compile("(?:\"|\\$\\{?)((?:MLQUIZ|DISCORD|SLACK)_[A-Z][A-Z_]*)\\b");

    @Test
    void help_names_every_environment_variable_the_launcher_and_its_modules_read() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();

        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repository)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> file.equals(repository.resolve("mlquiz")) || isShippedSource(file))
                    .forEach(file -> read.addAll(settingsIn(file)));
        }

        assertThat(read).contains("MLQUIZ_DB", "MLQUIZ_LOG_LEVEL", "MLQUIZ_JAVA_OPTS", "SLACK_API_URL");
        assertThat(read)
                .allSatisfy(setting -> assertThat(Main.USAGE).containsPattern("(?<![A-Z_])" + setting + "(?![A-Z_])"));
    }

    /** Main code and resources of the shipped modules; not tests, not the bench. */
    private static boolean isShippedSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/src/main/")
                && !path.contains("/bench/")
                && !path.contains("/target/")
                && (path.endsWith(".java") || path.endsWith(".xml"));
    }

    private static Set<String> settingsIn(Path file) {
        Set<String> found = new TreeSet<>();
        try {
            Matcher matcher = SETTING.matcher(Files.readString(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
