package dev.mlquiz.core.schedule;

import dev.mlquiz.core.quiz.Quiz;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes rounds when their time is up. The sweep itself is {@link Quiz#closeDueRounds()}, which tests
 * call directly with a hand-moved clock; this class only repeats it on a real timer.
 */
public final class RoundCloser implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RoundCloser.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mlquiz-round-closer");
        thread.setDaemon(true);
        return thread;
    });

    public RoundCloser(Quiz quiz, Duration period) {
        Objects.requireNonNull(quiz, "quiz");
        timer.scheduleWithFixedDelay(() -> sweep(quiz), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void sweep(Quiz quiz) {
        try {
            quiz.closeDueRounds();
        } catch (RuntimeException e) {
            // Keep the timer alive: one failed sweep (a locked database) must not stop every later reveal.
            log.error("closing due rounds failed; retrying on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
