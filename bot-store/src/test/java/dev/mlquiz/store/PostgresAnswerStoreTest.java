package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.AnswerStoreContract;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.store.testing.TempPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on PostgreSQL, and what overlapping transactions of two processes must not break there. */
class PostgresAnswerStoreTest extends AnswerStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected AnswerStore store() {
        return db.stores().answers();
    }

    @Override
    protected RoundStore rounds() {
        return db.stores().rounds();
    }

    /**
     * Two answers of one player to one question in two channels of the team, recorded at the same time by
     * two processes: a third session holds both rounds' rows so that the two inserts surely overlap.
     */
    @Test
    void a_question_pays_once_per_player_and_team_when_two_processes_record_answers_at_once() throws Exception {
        MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
        try (QuizFixture f = new QuizFixture(db.storage(), TestBanks.beginner(1), clock)) {
            Quiz second = f.anotherInstance(new RecordingAnnouncer());
            ChannelId one = new ChannelId(QuizFixture.TEAM, "one");
            ChannelId two = new ChannelId(QuizFixture.TEAM, "two");
            Round r1 = f.stores().rounds().find(f.ask(one, "ask").round()).orElseThrow();
            Round r2 = f.stores().rounds().find(f.ask(two, "ask").round()).orElseThrow();
            assertThat(r1.questionId()).isEqualTo(r2.questionId());

            CompletableFuture<?> a;
            CompletableFuture<?> b;
            try (Connection holder = db.storage().connect()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock =
                        holder.prepareStatement("SELECT 1 FROM rounds WHERE round_id IN (?, ?) FOR UPDATE")) {
                    lock.setString(1, r1.id().value());
                    lock.setString(2, r2.id().value());
                    lock.executeQuery().close();
                }
                Player alice = QuizFixture.player("alice");
                a = CompletableFuture.runAsync(
                        () -> f.quiz.answer(alice, one, r1.id(), r1.order().correctLetter()));
                b = CompletableFuture.runAsync(
                        () -> second.answer(alice, two, r2.id(), r2.order().correctLetter()));
                awaitUntil(() -> db.storage().sessionsWaitingForLocks() >= 2);
                holder.commit();
            }
            a.get(20, TimeUnit.SECONDS);
            b.get(20, TimeUnit.SECONDS);

            int paid = 0;
            for (Round round : List.of(r1, r2)) {
                Answer answer = f.stores()
                        .answers()
                        .find(round.id(), QuizFixture.player("alice").id())
                        .orElseThrow();
                assertThat(answer.correct()).isTrue();
                paid += answer.points() > 0 ? 1 : 0;
            }
            assertThat(paid).as("answers paid for the one question").isEqualTo(1);
        }
    }
}
