package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
    static final int PLAYERS = 2_000;
    static final int THREADS = 16;

    @TempDir
    Path dir;

    @Test
    void two_thousand_players_answering_at_once_are_all_recorded_once() throws Exception {
        try (QuizFixture f = new QuizFixture(dir, TestBanks.beginner(4), MutableClock.at("2026-03-04T10:00:00Z"))) {
            QuestionCard card = f.ask();
            Letter right = f.correctLetter(card);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<List<AnswerOutcome>>> clicks = new ArrayList<>();
            for (int i = 0; i < PLAYERS; i++) {
                String name = "p" + i;
                Letter letter = i % 2 == 0 ? right : Letter.values()[(right.ordinal() + 1) % 4];
                // Every player double-clicks: the second click must never count.
                clicks.add(() -> {
                    start.await();
                    return List.of(f.answer(name, card, letter), f.answer(name, card, Letter.A));
                });
            }
            List<Future<List<AnswerOutcome>>> futures =
                    clicks.stream().map(pool::submit).collect(Collectors.toList());
            start.countDown();
            List<AnswerOutcome> outcomes = new ArrayList<>();
            for (Future<List<AnswerOutcome>> future : futures) {
                outcomes.addAll(future.get());
            }
            pool.shutdown();

            assertThat(outcomes.stream().filter(o -> o instanceof AnswerOutcome.Accepted))
                    .hasSize(PLAYERS);
            assertThat(outcomes.stream().filter(o -> o instanceof AnswerOutcome.AlreadyAnswered))
                    .hasSize(PLAYERS);
            assertThat(f.quiz.card(card.round()).orElseThrow().answerCount()).isEqualTo(PLAYERS);

            f.clock.advance(Duration.ofMinutes(2));
            RevealView reveal = f.quiz.closeDueRounds().get(0);
            assertThat(reveal.answerCount()).isEqualTo(PLAYERS);
            assertThat(reveal.winners()).hasSize(PLAYERS / 2);

            LeaderboardView board = (LeaderboardView) f.run(QuizFixture.in(QuizFixture.CHANNEL, "p0"), "leaderboard")
                    .view();
            assertThat(board.players()).isEqualTo(PLAYERS);
            assertThat(board.top()).allSatisfy(line -> assertThat(line.points()).isEqualTo(1));
        }
    }
}
