package dev.mlquiz.core.testing;

import dev.mlquiz.core.schedule.EditCoalescer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Holds scheduled tasks until the test runs them: timing without sleeping. */
public final class ManualDelayer implements EditCoalescer.Delayer {
    public final List<Runnable> tasks = new ArrayList<>();
    public final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        delays.add(delay);
        tasks.add(task);
    }

    public void runAll() {
        List<Runnable> due;
        synchronized (this) {
            due = new ArrayList<>(tasks);
            tasks.clear();
        }
        due.forEach(Runnable::run);
    }
}
