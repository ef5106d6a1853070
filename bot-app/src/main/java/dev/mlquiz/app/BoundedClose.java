package dev.mlquiz.app;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closes things in order, all within one time limit. Each close runs on a thread of its own, so one that
 * hangs (a platform that never lets go) is left behind and the rest, then the database, still close.
 */
final class BoundedClose {
    /**
     * What each close still gets once the limit is spent by an earlier one: enough for a close that does
     * not hang to finish, so one stuck platform does not leave the rest behind as well.
     */
    static final long LAST_CHANCE_MILLIS = 500;

    private BoundedClose() {}

    /** Closes each resource in list order; a failed or late close is reported on {@code err} in one line. */
    static void inOrder(List<? extends AutoCloseable> resources, Duration limit, PrintStream err) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (AutoCloseable resource : resources) {
            String name = resource.getClass().getSimpleName();
            Thread closing = DaemonThreads.named("mlquiz-closing-" + name).newThread(() -> close(resource, name, err));
            closing.start();
            try {
                closing.join(Math.max(LAST_CHANCE_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closing.isAlive()) {
                err.println("mlquiz: " + name + " did not stop within " + limit.toMillis() / 1000.0
                        + " s; leaving it behind");
            }
        }
    }

    private static void close(AutoCloseable resource, String name, PrintStream err) {
        try {
            resource.close();
        } catch (Exception e) {
            // Stopping anyway: one failed close must not keep the rest open.
            err.println("mlquiz: closing " + name + " failed: " + e);
        }
    }
}
