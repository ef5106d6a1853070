package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.app.DatabaseLocation.PostgresServer;
import dev.mlquiz.app.DatabaseLocation.SqliteFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    static DatabaseLocation parse(String value) {
        return DatabaseLocation.parse(value, Map.of());
    }

    @Test
    void a_path_is_a_sqlite_file() {
        assertThat(parse("/srv/mlquiz/scores.db")).isEqualTo(new SqliteFile(Path.of("/srv/mlquiz/scores.db")));
        assertThat(parse("scores.db")).isEqualTo(new SqliteFile(Path.of("scores.db")));
        assertThat(parse("C:\\mlquiz\\scores.db")).isInstanceOf(SqliteFile.class);
    }

    @Test
    void a_postgresql_url_names_the_server_with_its_credentials() {
        assertThat(parse("postgresql://quiz:s3cret@db.internal:5432/mlquiz"))
                .isEqualTo(new PostgresServer(
                        "jdbc:postgresql://db.internal:5432/mlquiz", Optional.of("quiz"), Optional.of("s3cret")));
        assertThat(parse("postgres://quiz@db/mlquiz?sslmode=require"))
                .isEqualTo(new PostgresServer(
                        "jdbc:postgresql://db/mlquiz?sslmode=require", Optional.of("quiz"), Optional.empty()));
    }

    @Test
    void a_password_may_hold_any_character_written_as_a_percent_escape() {
        assertThat(parse("postgresql://quiz:p%40ss%3Aw%2Fo+rd@db/mlquiz"))
                .isEqualTo(new PostgresServer(
                        "jdbc:postgresql://db/mlquiz", Optional.of("quiz"), Optional.of("p@ss:w/o+rd")));
    }

    @Test
    void credentials_may_come_from_the_environment_instead() {
        Map<String, String> env = Map.of("MLQUIZ_DB_USER", "quiz", "MLQUIZ_DB_PASSWORD", "s3cret");

        assertThat(DatabaseLocation.parse("jdbc:postgresql://db:5433/mlquiz", env))
                .isEqualTo(new PostgresServer(
                        "jdbc:postgresql://db:5433/mlquiz", Optional.of("quiz"), Optional.of("s3cret")));
        assertThat(DatabaseLocation.parse("postgresql://db/mlquiz", env))
                .isEqualTo(
                        new PostgresServer("jdbc:postgresql://db/mlquiz", Optional.of("quiz"), Optional.of("s3cret")));
    }

    @Test
    void a_location_never_prints_its_password() {
        DatabaseLocation server = parse("postgresql://quiz:s3cret@db/mlquiz");
        DatabaseLocation jdbc = parse("jdbc:postgresql://db/mlquiz?user=quiz&password=s3cret");

        assertThat(server.toString()).doesNotContain("s3cret").contains("db/mlquiz");
        assertThat(server.shown()).isEqualTo("jdbc:postgresql://db/mlquiz as quiz");
        assertThat(jdbc.toString()).doesNotContain("s3cret");
        assertThat(jdbc.shown()).isEqualTo("jdbc:postgresql://db/mlquiz?user=quiz&password=***");
    }

    @Test
    void another_url_is_refused_without_showing_its_password() {
        assertThatThrownBy(() -> parse("mysql://root:s3cret@db/mlquiz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MLQUIZ_DB=mysql://root:***@db/mlquiz is not a database mlquiz can use: give a SQLite"
                        + " file path, or a postgresql://user:password@host:5432/database URL.");
        assertThatThrownBy(() -> parse("file:/tmp/x.db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("sqlite://scores.db")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_postgresql_url_without_a_database_is_refused() {
        assertThatThrownBy(() -> parse("postgresql://quiz:s3cret@db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MLQUIZ_DB=postgresql://quiz:***@db needs a host and a database name, as in"
                        + " postgresql://user:password@host:5432/database.");
    }
}
