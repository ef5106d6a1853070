package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.StandingsContract;
import dev.mlquiz.store.testing.TestDatabase;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the score_totals table does on every engine: it keeps the standings' contract, also when two
 * processes share the database. One subclass per engine.
 */
abstract class ScoreTotalsContract extends StandingsContract {
    /** The test's database. */
    protected abstract TestDatabase db();

    @Override
    protected QuizStores stores() {
        return db().stores();
    }

    @Test
    void a_round_closed_by_two_processes_at_once_counts_once() throws Exception {
        List<Answer> answers = roundWithAnswers(new SplittableRandom(3), RoundKind.ASK);
        RoundId round = answers.get(0).round();
        try (Database second = db().openAnother()) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService closers = Executors.newFixedThreadPool(2);
            Future<Boolean> here = closers.submit(() -> {
                go.await();
                return db().stores().rounds().close(round, NOW);
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
        long before = db().stores().standings().version(TEAM);
        List<Answer> answers = roundWithAnswers(new SplittableRandom(5), RoundKind.ASK);

        try (Database second = db().openAnother()) {
            JdbcStorage.stores(second).rounds().close(answers.get(0).round(), NOW);
        }

        assertThat(db().stores().standings().version(TEAM)).isGreaterThan(before);
    }
}
