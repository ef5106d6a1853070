package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.store.testing.SqliteStorage;
import dev.mlquiz.store.testing.TempPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatabaseCopy} between SQLite and PostgreSQL, whichever way. */
class PostgresDatabaseCopyTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");

    /** A played SQLite file: answers, a revealed round, settings, a time zone. */
    Path played() {
        try (QuizFixture f = new QuizFixture(SqliteStorage.in(dir), TestBanks.beginner(6), clock)) {
            f.run(QuizFixture.admin(QuizFixture.CHANNEL, "boss"), "config round-seconds 30");
            f.run(QuizFixture.admin(QuizFixture.CHANNEL, "boss"), "config timezone Europe/Berlin");
            QuestionCard card = f.ask();
            f.answer("alice", card, f.correctLetter(card));
            clock.advance(Duration.ofMinutes(2));
            f.quiz.closeDueRounds();
        }
        return dir.resolve("mlquiz.db");
    }

    static long count(Database db, String table) {
        return db.queryOne("SELECT COUNT(*) FROM " + table, row -> row.getLong(1))
                .orElseThrow();
    }

    @Test
    void a_row_the_target_refuses_leaves_it_as_it_was_so_the_copy_can_run_again_once_fixed() {
        Database to = db.database();
        try (Database from = Database.sqlite(played())) {
            // A hand edit PostgreSQL refuses, in a table copied after answers, rounds and channel_settings.
            from.update("UPDATE team_settings SET time_zone = ?", "Europe/" + "x".repeat(100));

            assertThatThrownBy(() -> DatabaseCopy.copy(from, to))
                    .isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("copying team_settings failed (ERROR: value too long")
                    .hasMessageEndingWith("); the target is left as it was")
                    .hasMessageNotContaining("\n")
                    .hasMessageNotContaining("xxx");
            assertThat(count(to, "answers")).isZero();
            assertThat(count(to, "channel_settings")).isZero();

            from.update("UPDATE team_settings SET time_zone = ?", "Europe/Berlin");
            DatabaseCopy.Copied copied = DatabaseCopy.copy(from, to);
            assertThat(copied.rows().get("answers")).isEqualTo(1);
            assertThat(count(to, "team_settings")).isEqualTo(1);
        }
    }

    @Test
    void a_postgresql_history_is_copied_into_a_sqlite_file() {
        try (QuizFixture f = new QuizFixture(db.storage(), TestBanks.beginner(6), clock)) {
            for (int round = 0; round < 3; round++) {
                QuestionCard card = f.ask();
                f.answer("alice", card, f.correctLetter(card));
                clock.advance(Duration.ofMinutes(2));
                f.quiz.closeDueRounds();
            }
        }
        try (Database to = Database.sqlite(dir.resolve("copy.db"))) {
            DatabaseCopy.Copied copied = DatabaseCopy.copy(db.database(), to);

            assertThat(copied.rows().get("answers")).isEqualTo(3);
            assertThat(count(to, "rounds")).isEqualTo(3);
        }
    }
}
