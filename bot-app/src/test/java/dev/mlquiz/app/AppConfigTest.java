package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {
    @TempDir
    Path dir;

    @Test
    void the_default_database_is_under_the_home_folder_whichever_folder_mlquiz_starts_in() {
        Map<String, String> env = Map.of("HOME", "/home/ada");

        assertThat(AppConfig.from(env, dir.resolve("one")).database())
                .isEqualTo(AppConfig.from(env, dir.resolve("two")).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/home/ada/.local/share/mlquiz/mlquiz.db")));
    }

    @Test
    void xdg_data_home_moves_the_default_database() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "/srv/data");

        assertThat(AppConfig.from(env, dir).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/srv/data/mlquiz/mlquiz.db")));
    }

    @Test
    void a_relative_xdg_data_home_is_ignored() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "data");

        assertThat(AppConfig.from(env, dir).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/home/ada/.local/share/mlquiz/mlquiz.db")));
    }

    @Test
    void mlquiz_db_overrides_the_default() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "MLQUIZ_DB", "/tmp/quiz.db");

        assertThat(AppConfig.from(env, dir).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/tmp/quiz.db")));
    }

    @Test
    void the_old_default_in_the_working_folder_is_used_while_the_stable_one_does_not_exist() throws Exception {
        Path old = Files.createDirectories(dir.resolve("data")).resolve("mlquiz.db");
        Files.writeString(old, "");
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString());

        AppConfig upgraded = AppConfig.from(env, dir);

        assertThat(upgraded.database()).isEqualTo(new DatabaseLocation.SqliteFile(old));
        assertThat(upgraded.databaseNote()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("using " + old + ", where older versions kept the scores."));
    }

    @Test
    void once_the_stable_default_exists_the_old_one_is_pointed_out_but_not_read() throws Exception {
        Path old = Files.createDirectories(dir.resolve("data")).resolve("mlquiz.db");
        Files.writeString(old, "");
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString());
        Path stable = AppConfig.defaultDatabase(env);
        Files.createDirectories(stable.getParent());
        Files.writeString(stable, "");

        AppConfig config = AppConfig.from(env, dir);

        assertThat(config.database()).isEqualTo(new DatabaseLocation.SqliteFile(stable));
        assertThat(config.databaseNote()).hasValueSatisfying(note -> assertThat(note)
                .startsWith(old + " is where older versions kept the scores, and it is no longer read"));
    }

    @Test
    void mlquiz_db_wins_and_needs_no_note() throws Exception {
        Path old = Files.createDirectories(dir.resolve("data")).resolve("mlquiz.db");
        Files.writeString(old, "");

        AppConfig config = AppConfig.from(Map.of("HOME", "/home/ada", "MLQUIZ_DB", "/tmp/quiz.db"), dir);

        assertThat(config.database()).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/tmp/quiz.db")));
        assertThat(config.databaseNote()).isEmpty();
    }
}
