package dev.mlquiz.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the main thread wait for Ctrl+C or SIGTERM and then close connections and the database in order:
 * the JVM's shutdown hook holds the exit until {@link #done()} (or the grace period ends).
 */
final class ShutdownSignal {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ShutdownSignal() {}

    static ShutdownSignal install(Duration grace) {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            signal.stop.countDown();
                            try {
                                signal.stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "mlquiz-shutdown"));
        return signal;
    }

    void await() {
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void done() {
        stopped.countDown();
    }
}
