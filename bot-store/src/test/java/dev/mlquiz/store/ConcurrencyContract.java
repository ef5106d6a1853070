package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many clicks at once on one process: one subclass per engine. */
abstract class ConcurrencyContract {
    static final int PLAYERS = 2_000;
    static final int THREADS = 16;

    /** Where the fixture keeps its state: called once per test. */
    protected abstract FixtureStorage storage();

    @Test
    void two_thousand_players_double_clicking_at_once_are_each_recorded_once_with_the_winning_choice()
            throws Exception {
        try (QuizFixture f =
                new QuizFixture(storage(), TestBanks.beginner(4), MutableClock.at("2026-03-04T10:00:00Z"))) {
            QuestionCard card = f.ask();
            Letter right = f.correctLetter(card);
            Letter wrong = f.wrongLetter(card);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<List<Future<AnswerOutcome>>> clicksByPlayer = new ArrayList<>();
            for (int i = 0; i < PLAYERS; i++) {
                String name = "p" + i;
                // Both clicks of a player wait for each other on different threads, then go together.
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<AnswerOutcome>> clicks = new ArrayList<>();
                for (Letter letter : List.of(right, wrong)) {
                    clicks.add(pool.submit(() -> {
                        start.await();
                        together.await(10, TimeUnit.SECONDS);
                        return f.answer(name, card, letter);
                    }));
                }
                clicksByPlayer.add(clicks);
            }
            start.countDown();
            int rightWinners = 0;
            for (List<Future<AnswerOutcome>> clicks : clicksByPlayer) {
                List<AnswerOutcome> outcomes =
                        List.of(clicks.get(0).get(), clicks.get(1).get());
                List<Letter> accepted = outcomes.stream()
                        .filter(o -> o instanceof AnswerOutcome.Accepted)
                        .map(o -> ((AnswerOutcome.Accepted) o).letter())
                        .toList();
                // Exactly one click wins; the other is told the winner's choice counts.
                assertThat(accepted).hasSize(1);
                assertThat(outcomes).contains(new AnswerOutcome.AlreadyAnswered(card.round(), accepted.get(0)));
                rightWinners += accepted.get(0) == right ? 1 : 0;
            }
            pool.shutdown();
            assertThat(f.quiz.card(card.round()).orElseThrow().answerCount()).isEqualTo(PLAYERS);

            f.clock.advance(Duration.ofMinutes(2));
            RevealView reveal = f.quiz.closeDueRounds().get(0);
            assertThat(reveal.answerCount()).isEqualTo(PLAYERS);
            assertThat(reveal.winners()).hasSize(rightWinners);

            LeaderboardView board = (LeaderboardView) f.run(QuizFixture.in(QuizFixture.CHANNEL, "p0"), "leaderboard")
                    .view();
            assertThat(board.players()).isEqualTo(PLAYERS);
            // Whichever click won, it scored once: a beginner question is worth one point.
            assertThat(board.top()).allSatisfy(line -> assertThat(line.points()).isLessThanOrEqualTo(1));
        }
    }
}
