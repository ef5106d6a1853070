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
 * Closes rounds when their time is up and posts questions of the day when theirs has come. The work is
 * {@link Quiz#closeDueRounds()} and {@link Quiz#postDueDailyQuestions()}, which tests call directly with
 * a hand-moved clock; this class only repeats them on a real timer (the first tick runs at once, which
 * is how a restart reveals overdue rounds and posts a missed question late).
 */
public final class QuizTimer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QuizTimer.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mlquiz-timer");
        thread.setDaemon(true);
        return thread;
    });

    public QuizTimer(Quiz quiz, Duration period) {
        Objects.requireNonNull(quiz, "quiz");
        timer.scheduleWithFixedDelay(() -> sweep(quiz), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void sweep(Quiz quiz) {
        try {
            quiz.closeDueRounds();
            quiz.postDueDailyQuestions();
        } catch (RuntimeException e) {
            // Keep the timer alive: one failed sweep (a locked database) must not stop every later one.
            log.error("the timer's sweep failed; retrying on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
