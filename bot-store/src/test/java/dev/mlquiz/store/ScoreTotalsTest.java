package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.StandingsContract;
import dev.mlquiz.store.testing.TempDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score_totals table keeps the standings' contract, also when two processes share the file and when
 * an older database is upgraded.
 */
class ScoreTotalsTest extends StandingsContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected QuizStores stores() {
        return db.stores();
    }

    @Test
    void a_round_closed_by_two_processes_at_once_counts_once() throws Exception {
        List<Answer> answers = roundWithAnswers(new SplittableRandom(3), RoundKind.ASK);
        RoundId round = answers.get(0).round();
        try (Database second = Database.sqlite(db.file())) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService closers = Executors.newFixedThreadPool(2);
            Future<Boolean> here = closers.submit(() -> {
                go.await();
                return db.stores().rounds().close(round, NOW);
            });
            Future<Boolean> there = closers.submit(() -> {
                go.await();
                return JdbcStorage.stores(second).rounds().close(round, NOW);
            });
            go.countDown();
            closers.shutdown();

            assertThat(List.of(here.get(10, TimeUnit.SECONDS), there.get(10, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        }
        revealed.add(round);
        assertTotalsMatch(answers, ZoneId.of("UTC"));
    }

    @Test
    void the_board_version_moves_with_a_reveal_in_another_process() {
        long before = db.stores().standings().version(TEAM);
        List<Answer> answers = roundWithAnswers(new SplittableRandom(5), RoundKind.ASK);

        try (Database second = Database.sqlite(db.file())) {
            JdbcStorage.stores(second).rounds().close(answers.get(0).round(), NOW);
        }

        assertThat(db.stores().standings().version(TEAM)).isGreaterThan(before);
    }

    @Test
    void upgrading_re_derives_totals_from_revealed_rounds_only(@TempDir Path dir) {
        Path file = dir.resolve("old.db");
        // A database of the version before points waited for the reveal: every answer already in the totals.
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("4")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            for (String round : new String[] {"open1", "closed1"}) {
                boolean closed = round.startsWith("closed");
                sql.executeUpdate("INSERT INTO rounds (round_id, kind, team_key, channel_key, question_id,"
                        + " option_order, opened_at, closes_at, closed_at) VALUES ('" + round + "', 'DAILY', '"
                        + TEAM.key() + "', '" + CHANNELS.get(0).key() + "', 'q', '0123', 0, 1, "
                        + (closed ? "1" : "NULL") + ")");
                sql.executeUpdate("INSERT INTO answers (round_id, player_key, team_key, channel_key, kind,"
                        + " question_id, topic, difficulty, choice, correct, points, answered_at) VALUES ('" + round
                        + "', 'slack:U1', '" + TEAM.key() + "', '"
                        + CHANNELS.get(0).key() + "', 'DAILY', 'q',"
                        + " 'core-concepts', 'advanced', 0, 1, 3, " + NOW.toEpochMilli() + ")");
            }
            sql.executeUpdate("INSERT INTO score_totals VALUES ('" + TEAM.key() + "', 'all', 'slack:U1', 6, 2, 2)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        try (Database upgraded = Database.sqlite(file)) {
            Board board =
                    JdbcStorage.stores(upgraded).standings().board(Scope.team(TEAM), Period.ALL, 10, Optional.empty());

            assertThat(board.top())
                    .extracting(t -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                    .containsExactly("U1 3 1/1");
        }
    }
}
