package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher in a child JVM started in a folder of its own, as {@code ./mlquiz} is from anywhere. */
class DefaultDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void started_in_a_folder_with_the_old_data_folder_it_keeps_scores_under_home_and_says_how_to_keep_the_old_ones()
            throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path work = Files.createDirectory(dir.resolve("work"));
        Path old = Files.createDirectory(work.resolve("data")).resolve("mlquiz.db");
        Files.writeString(old, "old scores");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .directory(work.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(name -> name.startsWith("MLQUIZ_")
                        || name.startsWith("SLACK_")
                        || name.startsWith("DISCORD_")
                        || name.startsWith("XDG_"));
        env.put("HOME", home.toString());

        Process launcher = builder.start();
        try (OutputStream typing = launcher.getOutputStream()) {
            typing.write("/quit\n".getBytes(StandardCharsets.UTF_8));
        }
        String printed = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Path kept = home.resolve(".local/share/mlquiz/mlquiz.db");
        assertThat(launcher.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("mlquiz: scores are kept in " + kept + " (set MLQUIZ_DB to change)\n")
                .contains("mlquiz: " + old + " is where older versions kept the scores, and it is no longer read."
                        + " To keep those scores, stop mlquiz and move it to " + kept + ", or set MLQUIZ_DB=" + old
                        + ".\n");
        assertThat(kept).isRegularFile();
        assertThat(old).hasContent("old scores");
    }
}
