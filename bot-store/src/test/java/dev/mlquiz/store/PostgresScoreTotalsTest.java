package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.store.testing.PostgresServer;
import dev.mlquiz.store.testing.PostgresStorage;
import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The score_totals table on PostgreSQL, where transactions of several processes overlap: a reveal counts
 * every answer committed before it, and nothing else; keys order as on SQLite whatever the database's
 * collation; and a database upgraded from an older version is re-derived as on SQLite.
 */
class PostgresScoreTotalsTest extends ScoreTotalsContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    final ExecutorService threads = Executors.newCachedThreadPool();

    @Override
    protected TestDatabase db() {
        return db;
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void an_answer_still_committing_when_another_process_closes_its_round_is_counted_in_the_reveal() throws Exception {
        List<Answer> answers = new ArrayList<>(roundWithAnswers(new SplittableRandom(11), RoundKind.ASK));
        Answer first = answers.get(0);
        Answer late = new Answer(
                first.round(),
                new PlayerId(Platform.SLACK, "late"),
                first.channel(),
                first.kind(),
                first.questionId(),
                first.topicId(),
                first.difficulty(),
                Letter.B,
                true,
                3,
                first.answeredAt());
        try (Database second = db.openAnother();
                Connection holder = DriverManager.getConnection(
                        db.storage().jdbcUrl(),
                        db.storage().user(),
                        db.storage().password())) {
            // An uncommitted row with the late answer's key holds its INSERT up after it has read the round
            // as open: that is the moment another process's close must wait for.
            holder.setAutoCommit(false);
            insertAnswerRow(holder, late);
            Future<Boolean> recorded =
                    threads.submit(() -> db.stores().answers().record(late));
            awaitUntil(() -> db.storage().sessionsWaitingForLocks() == 1);

            Future<Boolean> closed =
                    threads.submit(() -> JdbcStorage.stores(second).rounds().close(first.round(), NOW));
            awaitUntil(() -> closed.isDone() || db.storage().sessionsWaitingForLocks() == 2);
            holder.rollback();

            assertThat(recorded.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(closed.get(10, TimeUnit.SECONDS)).isTrue();
        }
        answers.add(late);
        revealed.add(first.round());
        assertTotalsMatch(answers, ZoneId.of("UTC"));
    }

    @Test
    void ties_order_by_player_key_code_points_as_on_sqlite_whatever_the_collation() {
        RoundId round = new RoundId("tieround");
        db.stores()
                .rounds()
                .open(new Round(
                        round,
                        RoundKind.DAILY,
                        CHANNELS.get(0),
                        Optional.empty(),
                        "q",
                        OptionOrder.parse("0123"),
                        NOW.minus(Duration.ofMinutes(5)),
                        NOW.plusSeconds(60),
                        Optional.empty(),
                        Optional.empty()));
        // A linguistic collation puts "u1" before "U2"; code points (SQLite's BINARY, Java's String) do not.
        for (String player : List.of("u1", "U2")) {
            db.stores()
                    .answers()
                    .record(new Answer(
                            round,
                            new PlayerId(Platform.SLACK, player),
                            CHANNELS.get(0),
                            RoundKind.DAILY,
                            "q",
                            "core-concepts",
                            Difficulty.BEGINNER,
                            Letter.A,
                            true,
                            1,
                            NOW));
        }
        db.stores().rounds().close(round, NOW);

        Board board = db.stores().standings().board(Scope.team(TEAM), Period.ALL, 10, Optional.empty());

        assertThat(board.top()).extracting(t -> t.player().value()).containsExactly("U2", "u1");
    }

    @Test
    void upgrading_re_derives_totals_from_revealed_rounds_only() throws SQLException {
        PostgresStorage empty = PostgresServer.get().newEmptyDatabase();
        try {
            Flyway.configure()
                    .dataSource(empty.jdbcUrl(), empty.user(), empty.password())
                    .locations("classpath:db/migration-postgresql")
                    .target("4")
                    .load()
                    .migrate();
            try (Connection old = DriverManager.getConnection(empty.jdbcUrl(), empty.user(), empty.password());
                    Statement sql = old.createStatement()) {
                for (String round : new String[] {"open1", "closed1"}) {
                    boolean closed = round.startsWith("closed");
                    sql.executeUpdate("INSERT INTO rounds (round_id, kind, team_key, channel_key, question_id,"
                            + " option_order, opened_at, closes_at, closed_at) VALUES ('" + round + "', 'DAILY', '"
                            + TEAM.key() + "', '" + CHANNELS.get(0).key() + "', 'q', '0123', 0, 1, "
                            + (closed ? "1" : "NULL") + ")");
                    sql.executeUpdate("INSERT INTO answers (round_id, player_key, team_key, channel_key, kind,"
                            + " question_id, topic, difficulty, choice, correct, points, answered_at) VALUES ('"
                            + round + "', 'slack:U1', '" + TEAM.key() + "', '"
                            + CHANNELS.get(0).key()
                            + "', 'DAILY', 'q', 'core-concepts', 'advanced', 0, 1, 3, " + NOW.toEpochMilli() + ")");
                }
                sql.executeUpdate("INSERT INTO score_totals VALUES ('" + TEAM.key() + "', 'all', 'slack:U1', 6, 2, 2)");
                sql.executeUpdate("INSERT INTO deck_cards (deck_key, question_id, position, drawn_seq) VALUES"
                        + " ('channel:a', 'q1', 0, 1), ('channel:a', 'q3', 2, NULL)");
            }

            try (Database upgraded = empty.database()) {
                Board board = JdbcStorage.stores(upgraded)
                        .standings()
                        .board(Scope.team(TEAM), Period.ALL, 10, Optional.empty());

                assertThat(board.top())
                        .extracting(t -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                        .containsExactly("U1 3 1/1");
                assertThat(JdbcStorage.stores(upgraded)
                                .decks()
                                .load("channel:a")
                                .cards())
                        .extracting(c -> c.questionId() + " " + c.timesDrawn())
                        .containsExactlyInAnyOrder("q1 1", "q3 0");
            }
        } finally {
            PostgresServer.get().drop(empty);
        }
    }

    private static void insertAnswerRow(Connection connection, Answer answer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO answers (round_id, player_key,"
                + " team_key, channel_key, kind, question_id, topic, difficulty, choice, correct, points,"
                + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)")) {
            insert.setString(1, answer.round().value());
            insert.setString(2, answer.player().key());
            insert.setString(3, answer.channel().team().key());
            insert.setString(4, answer.channel().key());
            insert.setString(5, answer.kind().name());
            insert.setString(6, answer.questionId());
            insert.setString(7, answer.topicId());
            insert.setString(8, answer.difficulty().id());
            insert.executeUpdate();
        }
    }
}
