package dev.mlquiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class QuizTimerTest {
    /** Holds each reveal until the test releases it, and notes whether it was shown or cut short. */
    static final class RevealOnRelease implements Announcer {
        final CountDownLatch revealing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> reveals = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<Void> roundClosed(RevealView reveal) {
            revealing.countDown();
            try {
                release.await();
                reveals.add("shown");
            } catch (InterruptedException e) {
                reveals.add("interrupted");
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}

        @Override
        public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
            return new PostResult.Failed("not in this test");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void close_lets_the_sweep_in_progress_post_its_reveal() throws Exception {
        MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
        RevealOnRelease announcer = new RevealOnRelease();
        Quiz quiz = new Quiz(
                TestBanks.beginner(8), new InMemoryStorage().stores(), announcer, clock, new SplittableRandom(1));
        quiz.execute(
                QuizFixture.in(QuizFixture.CHANNEL, "asker"),
                CommandParser.parse("ask", quiz.bank().topics()));
        clock.advance(Duration.ofHours(1));
        QuizTimer timer = new QuizTimer(quiz, Duration.ofHours(1));
        announcer.revealing.await();

        Thread closing = new Thread(timer::close, "closing-the-timer");
        closing.start();
        awaitBlockedOrDone(closing);
        announcer.release.countDown();
        closing.join();

        assertThat(announcer.reveals).containsExactly("shown");
    }

    /** Waits until the thread waits (for the sweep) or has ended; either way close has begun its work. */
    private static void awaitBlockedOrDone(Thread thread) {
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
    }
}
