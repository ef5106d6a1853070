package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.store.Database;
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
    void an_upgraded_launcher_keeps_playing_on_the_old_scores_in_its_folder_and_says_how_to_move_them()
            throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path work = Files.createDirectory(dir.resolve("work"));
        Path old = Files.createDirectory(work.resolve("data")).resolve("mlquiz.db");
        Database.sqlite(old).close();

        Launched first = launch(work, home, "/mlquiz practice\nA\n/quit\n");
        Launched second = launch(work, home, "/mlquiz stats\n/quit\n");

        Path stable = home.resolve(".local/share/mlquiz/mlquiz.db");
        assertThat(first.exitCode()).as(first.printed()).isZero();
        assertThat(first.printed())
                .contains("mlquiz: scores are kept in " + old + " (set MLQUIZ_DB to change)\n")
                .contains("mlquiz: using " + old + ", where older versions kept the scores. To keep them in the same"
                        + " place whichever folder mlquiz starts from, stop mlquiz and move the file to " + stable
                        + ".\n");
        assertThat(second.printed()).contains("Stats for you: 1 answered");
        assertThat(stable).doesNotExist();
    }

    @Test
    void started_anywhere_else_it_keeps_scores_under_home() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path work = Files.createDirectory(dir.resolve("work"));

        Launched launched = launch(work, home, "/quit\n");

        Path stable = home.resolve(".local/share/mlquiz/mlquiz.db");
        assertThat(launched.exitCode()).as(launched.printed()).isZero();
        assertThat(launched.printed())
                .contains("mlquiz: scores are kept in " + stable + " (set MLQUIZ_DB to change)\n");
        assertThat(stable).isRegularFile();
    }

    record Launched(int exitCode, String printed) {}

    /** The real main in a child JVM, in {@code work}, with only {@code HOME} of the launcher's settings. */
    static Launched launch(Path work, Path home, String typed) throws Exception {
        Path output = Files.createTempFile(home, "launcher", ".out");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(name -> name.startsWith("MLQUIZ_")
                        || name.startsWith("SLACK_")
                        || name.startsWith("DISCORD_")
                        || name.startsWith("XDG_"));
        env.put("HOME", home.toString());

        Process launcher = builder.start();
        try (OutputStream typing = launcher.getOutputStream()) {
            typing.write(typed.getBytes(StandardCharsets.UTF_8));
        }
        boolean ended = launcher.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            launcher.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the launcher ended within 60 s: %s", printed).isTrue();
        return new Launched(launcher.exitValue(), printed);
    }
}
