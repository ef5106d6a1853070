package dev.mlquiz.slack;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool for work done after a request is answered (commands, confirmations, the App Home).
 * A task that fails, or that does not fit because the pool is full or closed, is logged in one line
 * naming the error: never lost silently.
 */
final class Workers {
    private static final Logger log = LoggerFactory.getLogger(Workers.class);

    private final String name;
    private final ThreadPoolExecutor pool;

    Workers(String name, int threads, int queued) {
        this.name = name;
        this.pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queued), DaemonThreads.numbered(name));
        pool.allowCoreThreadTimeOut(true);
    }

    /** False (and logged) when the task was not taken. {@code task} may carry outside text: it is logged as an excerpt. */
    boolean submit(String task, Runnable work) {
        String what = ErrorLine.excerpt(task);
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    log.warn("{} failed: {}", what, ErrorLine.of(e));
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("{} dropped: the {} pool is {}", what, name, pool.isShutdown() ? "closed" : "full");
            return false;
        }
    }

    /** Takes no more tasks and lets the queued ones finish within grace; true if they all did. */
    boolean close(Duration grace) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int dropped = pool.shutdownNow().size();
        log.warn("{} pool stopped before finishing: {} queued tasks dropped", name, dropped);
        return false;
    }
}
