package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.store.Database;
import dev.mlquiz.store.testing.PostgresServer;
import dev.mlquiz.store.testing.PostgresStorage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher on a real PostgreSQL server (embedded: no installed server). */
class PostgresLaunchTest {
    final Launch launch = new Launch();
    final ByteArrayOutputStream out = launch.out;
    final ByteArrayOutputStream err = launch.err;

    int run(Map<String, String> env, String input, String... args) {
        return launch.run(env, input, args);
    }

    /** {@code postgresql://user:password@host:port/database} for a test database. */
    static String url(PostgresStorage database, String password) {
        return database.jdbcUrl()
                .replace("jdbc:postgresql://", "postgresql://" + PostgresServer.USER + ":" + password + "@");
    }

    static long count(PostgresStorage database, String table) {
        try (Database db = database.database()) {
            return db.queryOne("SELECT COUNT(*) FROM " + table, row -> row.getLong(1))
                    .orElseThrow();
        }
    }

    @Test
    void a_postgresql_url_keeps_the_scores_on_that_server() {
        PostgresStorage database = PostgresServer.get().newDatabase();

        int status =
                run(Map.of("MLQUIZ_DB", url(database, PostgresServer.PASSWORD)), "/mlquiz ask\nA\n/mlquiz close\n");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("mlquiz: scores are kept in " + database.jdbcUrl() + " as mlquiz (set MLQUIZ_DB to change)")
                .doesNotContain(PostgresServer.PASSWORD);
        assertThat(count(database, "answers")).isEqualTo(1);
    }

    @Test
    void credentials_may_come_from_the_environment() {
        PostgresStorage database = PostgresServer.get().newDatabase();
        Map<String, String> env = Map.of(
                "MLQUIZ_DB", database.jdbcUrl(),
                "MLQUIZ_DB_USER", PostgresServer.USER,
                "MLQUIZ_DB_PASSWORD", PostgresServer.PASSWORD);

        assertThat(run(env, "/mlquiz ask\n")).isZero();
        assertThat(count(database, "rounds")).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_one_line_without_it_and_exit_1() {
        PostgresStorage database = PostgresServer.get().newDatabase();

        assertThat(run(Map.of("MLQUIZ_DB", url(database, "not-the-secret")), ""))
                .isEqualTo(1);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).hasSize(1);
        assertThat(said)
                .startsWith("mlquiz: cannot connect to PostgreSQL")
                .contains("password authentication failed")
                .doesNotContain("not-the-secret");
    }

    @Test
    void migrate_db_moves_a_sqlite_history_to_postgresql(@TempDir Path dir) {
        Path file = dir.resolve("played.db");
        run(Map.of("MLQUIZ_DB", file.toString()), "/mlquiz ask\nA\n/mlquiz close\n/mlquiz ask\nB\n");
        PostgresStorage database = PostgresServer.get().newEmptyDatabase();

        assertThat(run(Map.of(), "", "migrate-db", file.toString(), url(database, PostgresServer.PASSWORD)))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("; every table's count matches.");
        assertThat(count(database, "answers")).isEqualTo(2);
        assertThat(count(database, "rounds")).isEqualTo(2);
        out.reset();
        // Text only: a picture card would be saved in the module's folder, the working directory here.
        assertThat(run(
                        Map.of("MLQUIZ_DB", url(database, PostgresServer.PASSWORD), "MLQUIZ_PICTURES", "off"),
                        "/mlquiz leaderboard all\n"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1. you");
    }

    @Test
    void a_migrate_db_the_target_refuses_is_one_line_and_exit_1_and_runs_again_once_fixed(@TempDir Path dir)
            throws SQLException {
        Path file = dir.resolve("played.db");
        run(Map.of("MLQUIZ_DB", file.toString()), "/mlquiz ask\nA\n/mlquiz close\n");
        PostgresStorage database = PostgresServer.get().newEmptyDatabase();
        String to = url(database, PostgresServer.PASSWORD);
        // A hand edit PostgreSQL refuses (its names are VARCHAR(120)), in a table copied after the answers.
        sqlite(file, "UPDATE players SET display_name = '" + "n".repeat(200) + "'");
        err.reset();

        assertThat(run(Map.of(), "", "migrate-db", file.toString(), to)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "mlquiz: copying players failed (ERROR: value too long for type character varying(120));"
                                + " the target is left as it was");
        assertThat(count(database, "answers")).isZero();
        sqlite(file, "UPDATE players SET display_name = 'you'");
        assertThat(run(Map.of(), "", "migrate-db", file.toString(), to)).isZero();
        assertThat(count(database, "answers")).isEqualTo(1);
    }

    static void sqlite(Path file, String update) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(update)).isEqualTo(1);
        }
    }
}
