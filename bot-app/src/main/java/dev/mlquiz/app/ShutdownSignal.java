package dev.mlquiz.app;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * The request to stop, and the promise that the stop has finished. The main thread waits for the request,
 * closes everything in order, then calls {@link #done()} and exits 0.
 *
 * <p>On a real process, SIGTERM and Ctrl+C (SIGINT) request the stop through {@code sun.misc.Signal}
 * handlers. A JVM shutdown hook could hold the exit while the main thread closes things, but not change
 * the exit status (143 or 130); calling {@code Runtime.halt(0)} at the end of a hook would, but it skips
 * whatever other hooks are still running and also turns any other exit (a failed start's 1) into 0.
 * Handling the signals lets the stop be an ordinary return from {@code main} with an ordinary
 * {@code System.exit}. A shutdown hook stays as the fallback for the stops the handlers do not see
 * (SIGHUP, say): it requests the stop and holds the exit until it is done.
 */
final class ShutdownSignal {
    /** How long the database gets after the grace period before a stuck stop is cut short. */
    static final Duration DATABASE_CLOSE_ALLOWANCE = Duration.ofSeconds(10);

    private final CompletableFuture<Void> requested = new CompletableFuture<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A signal that only {@link #request()} trips (tests use it in place of the process's signals). */
    ShutdownSignal() {}

    /**
     * Listens for SIGTERM and SIGINT. The first requests the stop and starts a watchdog that halts the
     * process with exit code 1 if the stop has not finished within {@code grace} plus
     * {@link #DATABASE_CLOSE_ALLOWANCE}; a second signal during the stop halts at once (128 + its number).
     */
    static ShutdownSignal installOnProcess(Duration grace, PrintStream err) {
        ShutdownSignal signal = new ShutdownSignal();
        Duration limit = grace.plus(DATABASE_CLOSE_ALLOWANCE);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), received -> signal.received(received, limit, err));
            } catch (IllegalArgumentException reservedByTheJvm) {
                // Run with -Xrs, the JVM leaves the signal to the OS: stopping then is not graceful, as asked.
            }
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            signal.request();
                            signal.awaitStopped(limit);
                        },
                        "mlquiz-shutdown"));
        return signal;
    }

    private void received(Signal received, Duration limit, PrintStream err) {
        if (isRequested()) {
            err.println("mlquiz: second SIG" + received.getName() + ", stopping at once");
            Runtime.getRuntime().halt(128 + received.getNumber());
        }
        err.println("mlquiz: SIG" + received.getName() + " received, stopping (send it again to stop at once)");
        Thread watchdog = DaemonThreads.named("mlquiz-stop-watchdog").newThread(() -> {
            if (!awaitStopped(limit)) {
                err.println("mlquiz: the stop did not finish within " + limit.toSeconds()
                        + " s; exiting without waiting for the rest");
                Runtime.getRuntime().halt(1);
            }
        });
        watchdog.start();
        request();
    }

    /** Asks for the stop; asking again changes nothing. */
    void request() {
        requested.complete(null);
    }

    boolean isRequested() {
        return requested.isDone();
    }

    /** Runs {@code action} once the stop is requested (at once if it already is), on the requesting thread. */
    void whenRequested(Runnable action) {
        requested.thenRun(action);
    }

    /** Blocks until the stop is requested. */
    void await() {
        requested.join();
    }

    /** Everything is closed: the exit may go ahead. */
    void done() {
        stopped.countDown();
    }

    private boolean awaitStopped(Duration limit) {
        try {
            return stopped.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
