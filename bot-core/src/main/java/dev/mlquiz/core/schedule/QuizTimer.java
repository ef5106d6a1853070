package dev.mlquiz.core.schedule;

import dev.mlquiz.core.concurrent.DaemonThreads;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Quiz;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes rounds when their time is up and posts questions of the day when theirs has come. The work is
 * {@link Quiz#closeDueRounds()} and {@link Quiz#postDueDailyQuestions()}, which tests call directly with
 * a hand-moved clock; this class only repeats them on a real timer (the first tick runs at once, which
 * is how a restart reveals overdue rounds and posts a missed question late; a reveal cut short by a stop
 * or a failure is redone by a sweep once its claim lapsed). On a thread of its own, so
 * that reveals never wait for it, it also finishes time-zone changes cut short
 * ({@link Quiz#finishInterruptedTimeZoneChanges()}).
 */
public final class QuizTimer implements AutoCloseable {
    static final Duration SWEEP_FINISH_TIMEOUT = Duration.ofSeconds(10);
    /** How often to look for a time-zone change a stopped process left unfinished (one cheap read). */
    static final Duration REBUILD_CHECK_PERIOD = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(QuizTimer.class);

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mlquiz-timer"));
    private final ScheduledExecutorService rebuilds =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mlquiz-zone-changes"));

    public QuizTimer(Quiz quiz, Duration period) {
        this(quiz, period, team -> true);
    }

    /**
     * @param served the teams whose rounds and questions of the day this process handles (time-zone
     *     changes touch only the database: any process finishes them)
     */
    public QuizTimer(Quiz quiz, Duration period, Predicate<TeamId> served) {
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(served, "served");
        timer.scheduleWithFixedDelay(() -> sweep(quiz, served), 0, period.toMillis(), TimeUnit.MILLISECONDS);
        rebuilds.scheduleWithFixedDelay(
                () -> finishZoneChanges(quiz), 0, REBUILD_CHECK_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void finishZoneChanges(Quiz quiz) {
        try {
            for (TeamId team : quiz.finishInterruptedTimeZoneChanges()) {
                log.info(
                        "finished the time-zone change of team {}, left unfinished or still running elsewhere",
                        team.key());
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // stopping: the progress so far is committed, the next start goes on from it
            }
            log.error("finishing an interrupted time-zone change failed; retrying later", e);
        }
    }

    private static void sweep(Quiz quiz, Predicate<TeamId> served) {
        try {
            quiz.closeDueRounds(served);
            quiz.postDueDailyQuestions(served);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // Keep the timer alive: one failed sweep (a locked database, a class that could not load, a
            // card too big for the heap) must not stop every later one, which an escaping throwable would.
            log.error("the timer's sweep failed; retrying on the next tick", e);
        }
    }

    /**
     * Stops the sweeps, letting one in progress finish (up to {@link #SWEEP_FINISH_TIMEOUT}): interrupted,
     * it could close a round in the database without posting its reveal.
     */
    @Override
    public void close() {
        // A zone change stopped between chunks is finished by the next start: its progress is committed.
        rebuilds.shutdownNow();
        timer.shutdown();
        try {
            if (!timer.awaitTermination(SWEEP_FINISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "the timer's sweep was still running after {} s; interrupting it",
                        SWEEP_FINISH_TIMEOUT.toSeconds());
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
