package dev.mlquiz.core.schedule;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns a burst of update requests for one message into a single edit at the end of a quiet interval,
 * so a hundred clicks cause one message edit, within the platforms' rate limits on message edits.
 */
public final class EditCoalescer {
    /** Runs a task later; a real timer in production, a hand-driven one in tests. */
    public interface Delayer {
        void schedule(Duration delay, Runnable task);
    }

    private final Delayer delayer;
    private final Duration interval;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public EditCoalescer(Delayer delayer, Duration interval) {
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** A coalescer on a real timer thread. */
    public static EditCoalescer onTimer(Duration interval) {
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mlquiz-message-edits"));
        return new EditCoalescer(
                (delay, task) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS), interval);
    }

    /** Runs {@code edit} once, {@code interval} after the first request for {@code key} since the last run. */
    public void request(String key, Runnable edit) {
        if (pending.add(key)) {
            delayer.schedule(interval, () -> {
                pending.remove(key);
                edit.run();
            });
        }
    }
}
