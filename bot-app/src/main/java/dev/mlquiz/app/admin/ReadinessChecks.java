package dev.mlquiz.app.admin;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The named checks {@code /readyz} runs: the database, each configured platform, whatever else the
 * launcher registers. The process is ready when none has a problem. Checks run side by side, each within
 * the same time limit, so one that hangs (a database that does not answer) is reported, not waited for.
 */
public final class ReadinessChecks implements AutoCloseable {

    /** One check: empty when ready, else the reason in a few words ("not connected"). May block briefly. */
    @FunctionalInterface
    public interface Check {
        Optional<String> problem();
    }

    /** A check that is ready while {@code ready} says so, and otherwise gives {@code reason}. */
    public static Check readyWhen(BooleanSupplier ready, String reason) {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(reason, "reason");
        return () -> ready.getAsBoolean() ? Optional.empty() : Optional.of(reason);
    }

    private final Duration limit;
    private final Map<String, Check> checks = new LinkedHashMap<>();
    /** Cached daemon threads: a check that hangs keeps one thread, never the probe or the process. */
    private final ExecutorService running = Executors.newCachedThreadPool(DaemonThreads.numbered("mlquiz-ready"));

    /** @param limit how long each run waits for the checks; a check not done by then is a problem */
    public ReadinessChecks(Duration limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** Adds (or replaces) the check called {@code name}; checks are reported in the order first added. */
    public synchronized ReadinessChecks add(String name, Check check) {
        checks.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check"));
        return this;
    }

    /** Runs every check; one line per problem ("database: not answering"), none when ready. */
    public List<String> problems() {
        Map<String, CompletableFuture<Optional<String>>> runs = new LinkedHashMap<>();
        synchronized (this) {
            checks.forEach((name, check) -> runs.put(name, CompletableFuture.supplyAsync(check::problem, running)));
        }
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> problems = new ArrayList<>();
        runs.forEach((name, run) -> outcome(run, deadline).ifPresent(problem -> problems.add(name + ": " + problem)));
        return problems;
    }

    private Optional<String> outcome(CompletableFuture<Optional<String>> run, long deadline) {
        try {
            return run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return Optional.of("no answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Optional.of("check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    @Override
    public void close() {
        running.shutdownNow();
    }
}
