package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mlquiz.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    final Launch launch = new Launch();
    final ByteArrayOutputStream out = launch.out;
    final ByteArrayOutputStream err = launch.err;

    Main main(Map<String, String> env, String input) {
        return launch.main(env, input);
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
                .containsPattern("\ncore-concepts +Core ML concepts +\\d+ +\\d+ +\\d+ +\\d+ +[0-9.]+%\n")
                .contains("\ninterview-craft")
                .contains("\nkey is the longest option: ")
                .contains("\n  000 Mixed ML Q&A - Set 2: 20 entries (1-20)\n");
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

    @Test
    void a_pictures_switch_other_than_on_or_off_is_one_line_and_exit_1_before_any_database(@TempDir Path dir) {
        Map<String, String> env =
                Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString(), "MLQUIZ_PICTURES", "sometimes");

        assertThat(main(env, "").run(List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: MLQUIZ_PICTURES must be on or off, not 'sometimes'\n");
        assertThat(dir.resolve("quiz.db")).doesNotExist();
    }

    @Test
    void start_up_says_where_the_scores_are_kept(@TempDir Path dir) {
        Path file = dir.resolve("quiz.db");

        assertThat(main(Map.of("MLQUIZ_DB", file.toString()), "").run(List.of()))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: scores are kept in " + file + " (set MLQUIZ_DB to change)\n");
    }

    @Test
    void a_database_url_mlquiz_cannot_use_is_one_line_and_exit_1_and_creates_nothing(@TempDir Path dir) {
        Map<String, String> env = Map.of("MLQUIZ_DB", "mysql://root:s3cret@db/mlquiz", "HOME", dir.toString());

        assertThat(main(env, "").run(List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: MLQUIZ_DB=mysql://root:***@db/mlquiz is not a database mlquiz can use: give a"
                        + " SQLite file path, or a postgresql://user:password@host:5432/database URL.\n");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void help_lists_the_discord_shard_and_proxy_settings() {
        assertThat(main(Map.of(), "").run(List.of("help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "\n  DISCORD_SHARDS ",
                        "\n  DISCORD_SHARD_IDS ",
                        "\n  DISCORD_REST_URL ",
                        "\n  DISCORD_GATEWAY_URL ");
    }

    @Test
    void shard_ids_outside_the_total_are_one_line_and_exit_1_before_connecting(@TempDir Path dir) {
        Map<String, String> env = Map.of(
                "MLQUIZ_DB", dir.resolve("quiz.db").toString(),
                "DISCORD_TOKEN", "token",
                "DISCORD_SHARDS", "2",
                "DISCORD_SHARD_IDS", "0-3");

        assertThat(main(env, "").run(List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .last()
                .isEqualTo(
                        "mlquiz: DISCORD_SHARD_IDS names shard 2, but shards are numbered 0 to 1 (DISCORD_SHARDS=2)");
    }

    @Test
    void migrate_db_copies_a_played_database_into_a_new_one_and_refuses_a_filled_one(@TempDir Path dir) {
        Path source = dir.resolve("played.db");
        Path target = dir.resolve("copy.db");
        main(Map.of("MLQUIZ_DB", source.toString()), "/mlquiz ask\nA\n/mlquiz close\n")
                .run(List.of());
        out.reset();

        assertThat(main(Map.of(), "").run(List.of("migrate-db", source.toString(), target.toString())))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("(?m)^  answers +1$")
                .contains("; every table's count matches.");

        err.reset();
        assertThat(main(Map.of(), "").run(List.of("migrate-db", source.toString(), target.toString())))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("mlquiz: the target already holds records");
    }

    @Test
    void migrate_db_from_a_file_that_does_not_exist_creates_nothing(@TempDir Path dir) {
        assertThat(main(Map.of(), "")
                        .run(List.of(
                                "migrate-db",
                                dir.resolve("nope.db").toString(),
                                dir.resolve("to.db").toString())))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("nope.db does not exist: nothing to copy\n");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void a_database_path_that_is_a_folder_is_one_line_and_exit_1(@TempDir Path dir) {
        assertCannotOpen(dir, dir + ": it is a folder, not a file");
    }

    @Test
    void a_file_that_is_not_a_sqlite_database_is_one_line_and_exit_1(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list\n".repeat(100));

        assertCannotOpen(notes, notes + ": the file is not a SQLite database");
        assertThat(notes).hasContent("shopping list\n".repeat(100).stripTrailing());
    }

    @Test
    void a_database_path_inside_a_file_is_one_line_and_exit_1(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        assertCannotOpen(
                notes.resolve("quiz.db"), notes.resolve("quiz.db") + ": " + notes + " is a file, not a folder");
    }

    @Test
    void a_database_in_a_read_only_folder_is_one_line_and_exit_1(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            assumeFalse(Files.isWritable(locked), "the superuser may write anywhere");

            assertCannotOpen(
                    locked.resolve("quiz.db"), locked.resolve("quiz.db") + ": no permission to write in " + locked);
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    void assertCannotOpen(Path database, String problem) {
        assertThat(main(Map.of("MLQUIZ_DB", database.toString()), "/mlquiz topics\n")
                        .run(List.of()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: cannot open the database at " + problem + "\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_stop_request_ends_the_console_after_the_line_in_hand_and_every_answer_is_stored(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("quiz.db");
        PipedOutputStream typing = new PipedOutputStream();
        Transcript printed = new Transcript();
        ShutdownSignal shutdown = new ShutdownSignal();
        Main main = new Main(
                Map.of("MLQUIZ_DB", file.toString()),
                new PipedInputStream(typing),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                () -> shutdown);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> main.run(List.of()));

        typing.write("/mlquiz ask\nA\n/as alice\nB\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        printed.await("alice: Locked in", Duration.ofSeconds(30));
        shutdown.request();

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(printed.text()).endsWith("mlquiz stopped cleanly.\n");
        try (Database db = Database.sqlite(file)) {
            assertThat(db.query(
                            "SELECT p.display_name FROM answers a JOIN players p ON p.player_key = a.player_key"
                                    + " ORDER BY p.display_name",
                            row -> row.getString(1)))
                    .containsExactly("alice", "you");
        }
    }
}
