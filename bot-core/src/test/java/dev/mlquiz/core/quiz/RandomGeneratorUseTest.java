package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomGeneratorUseTest {
    @Test
    void two_channels_asking_at_once_never_use_the_generator_at_the_same_time() throws Exception {
        try (QuizFixture f = new QuizFixture(TestBanks.beginner(4), MutableClock.at("2026-03-04T10:00:00Z"))) {
            OneUserAtATime random = new OneUserAtATime();
            Quiz quiz = new Quiz(f.bank, f.stores(), f.announcer, f.clock, random);
            ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
            for (String channel : List.of("north", "south")) {
                random.users.add(new Thread(() -> {
                    try {
                        results.add(quiz.execute(
                                        QuizFixture.in(new ChannelId(QuizFixture.TEAM, channel), "asker"),
                                        new Command.Ask(Filter.ANY))
                                .view());
                    } catch (RuntimeException | Error e) {
                        results.add(e);
                    }
                }));
            }
            random.users.forEach(Thread::start);
            for (Thread user : random.users) {
                user.join();
            }

            assertThat(results).hasSize(2).allSatisfy(view -> assertThat(view).isInstanceOf(QuestionCard.class));
            assertThat(random.held.get())
                    .as("one draw waited for the other thread")
                    .isTrue();
            assertThat(random.overlapped.get())
                    .as("two threads inside the generator at once")
                    .isFalse();
        }
    }

    /**
     * A generator that is not thread-safe and says so: its first use, by whichever channel gets there first,
     * holds on until the other thread is either inside the generator too (an overlap) or waiting for the
     * generator's monitor, which the quiz holds for every use. The other ask cannot finish first: every ask
     * uses the generator.
     */
    static final class OneUserAtATime implements RandomGenerator {
        final List<Thread> users = new CopyOnWriteArrayList<>();
        final AtomicBoolean held = new AtomicBoolean();
        final AtomicBoolean overlapped = new AtomicBoolean();
        private final AtomicInteger inside = new AtomicInteger();
        private final SplittableRandom delegate = new SplittableRandom(7);

        @Override
        public long nextLong() {
            return use(delegate::nextLong);
        }

        @Override
        public int nextInt(int bound) {
            return use(() -> delegate.nextInt(bound));
        }

        @Override
        public int nextInt() {
            return use(delegate::nextInt);
        }

        private <T> T use(Supplier<T> draw) {
            if (inside.incrementAndGet() > 1) {
                overlapped.set(true);
            }
            try {
                if (held.compareAndSet(false, true)) {
                    holdUntilTheOtherUserArrives();
                }
                return draw.get();
            } finally {
                inside.decrementAndGet();
            }
        }

        private void holdUntilTheOtherUserArrives() {
            Thread other = users.stream()
                    .filter(user -> user != Thread.currentThread())
                    .findFirst()
                    .orElseThrow();
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
            while (!overlapped.get() && !waitsForMe(other)) {
                // The other may not even be started yet (NEW): only one that ended without coming is a failure.
                if (Instant.now().isAfter(giveUp) || other.getState() == Thread.State.TERMINATED) {
                    throw new AssertionError("the other channel's ask never reached the generator");
                }
                Thread.onSpinWait();
            }
        }

        private boolean waitsForMe(Thread other) {
            ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(other.getId());
            return info != null
                    && info.getThreadState() == Thread.State.BLOCKED
                    && info.getLockInfo() != null
                    && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(this);
        }
    }
}
