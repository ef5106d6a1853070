package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.store.testing.SqliteStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCopyTest {
    @TempDir
    Path dir;

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");

    /** A played database: revealed rounds with answers, an open one, settings, a deck, names. */
    Path played() {
        try (QuizFixture f = new QuizFixture(SqliteStorage.in(dir), TestBanks.beginner(6), clock)) {
            f.run(QuizFixture.admin(QuizFixture.CHANNEL, "admin"), "config timezone Europe/Berlin");
            for (int round = 0; round < 3; round++) {
                QuestionCard card = f.ask();
                f.answer("alice", card, f.correctLetter(card));
                f.answer("bob", card, Letter.A);
                clock.advance(Duration.ofMinutes(2));
                f.quiz.closeDueRounds();
            }
            f.answer("carol", f.ask(), Letter.B);
        }
        return dir.resolve("mlquiz.db");
    }

    String board(Database db) {
        Quiz quiz = new Quiz(
                TestBanks.beginner(6),
                JdbcStorage.stores(db),
                new RecordingAnnouncer(),
                clock,
                new SplittableRandom(3));
        LeaderboardView view = (LeaderboardView) quiz.execute(
                        QuizFixture.in(QuizFixture.CHANNEL, "alice"),
                        dev.mlquiz.core.command.CommandParser.parse(
                                "leaderboard all", quiz.bank().topics()))
                .view();
        return view.top().toString() + view.players();
    }

    @Test
    void every_record_is_copied_and_the_copy_plays_on_where_the_source_stopped() {
        Path source = played();
        try (Database from = Database.sqlite(source);
                Database to = Database.sqlite(dir.resolve("copy.db"))) {
            DatabaseCopy.Copied copied = DatabaseCopy.copy(from, to);

            assertThat(copied.rows()).containsKeys("answers", "rounds", "players", "score_totals", "deck_cards");
            assertThat(copied.rows().get("answers")).isEqualTo(7);
            assertThat(copied.rows().get("rounds")).isEqualTo(4);
            assertThat(board(to)).isEqualTo(board(from));
            assertThat(JdbcStorage.stores(to)
                            .settings()
                            .timeZone(QuizFixture.TEAM)
                            .map(Object::toString))
                    .contains("Europe/Berlin");
        }
    }

    @Test
    void a_target_that_already_holds_records_is_refused_and_left_as_it_was() {
        Path source = played();
        try (Database from = Database.sqlite(source);
                Database to = Database.sqlite(dir.resolve("copy.db"))) {
            long answers = DatabaseCopy.copy(from, to).rows().get("answers");

            assertThatThrownBy(() -> DatabaseCopy.copy(from, to))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the target already holds records (in ");
            assertThat(to.queryOne("SELECT COUNT(*) FROM answers", row -> row.getLong(1)))
                    .contains(answers);
        }
    }
}
