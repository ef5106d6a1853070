package dev.mlquiz.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes. SQLite has a single writer anyway; funnelling every write of the process
 * through one thread means callers never sleep in SQLite's busy handler, and work that arrives together
 * commits together (group commit): a burst of clicks becomes a few transactions, not thousands, and
 * each statement is compiled once per batch. A failing unit fails alone (see {@link #commit}).
 */
final class GroupCommitWriter implements AutoCloseable {
    /** Most units committed in one transaction; bounds how long one caller waits for the others. */
    static final int MAX_BATCH = 256;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private record Unit<T>(Database.Work<T> work, CompletableFuture<T> done) {}

    private final DataSource pool;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean open = true;

    GroupCommitWriter(DataSource pool, String name) {
        this.pool = pool;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> log.error("the database writer died", e));
        thread.start();
    }

    /**
     * Queues a write without waiting for it. Units commit in queue order, so anything the caller writes
     * and waits for afterwards commits after it, or with it.
     */
    void writeLater(Database.Work<?> work) {
        if (!open) {
            throw new IllegalStateException("the database is closed");
        }
        CompletableFuture<Object> done = new CompletableFuture<>();
        queued.incrementAndGet();
        done.whenComplete((result, failure) -> {
            queued.decrementAndGet();
            if (failure != null) {
                log.warn("a queued write failed", failure);
            }
        });
        queue.add(new Unit<>(work::run, done));
    }

    /** Returns once every write queued with {@link #writeLater} so far has committed. */
    void awaitQueued() throws SQLException {
        if (queued.get() > 0) {
            write(connection -> null);
        }
    }

    <T> T write(Database.Work<T> work) throws SQLException {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a write unit may not wait for another write unit");
        }
        if (!open) {
            throw new IllegalStateException("the database is closed");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        queue.add(new Unit<>(work, done));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a write", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException) {
                throw (SQLException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void loop() {
        List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Unit<?> first = queue.take();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!open) {
                    break;
                }
            } finally {
                batch.clear();
            }
        }
        Unit<?> left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("the database is closed"));
        }
    }

    /**
     * Commits the batch in one transaction. Units run optimistically without savepoints (failures are
     * rare); if one fails, the batch is rolled back and every unit re-runs in a transaction of its own,
     * so only the failing unit fails.
     */
    private void commit(List<Unit<?>> batch) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            List<Runnable> completions = attempt(connection, batch);
            if (completions != null) {
                completions.forEach(Runnable::run);
                return;
            }
            if (batch.size() == 1) {
                return; // attempt has told the caller why
            }
            for (Unit<?> unit : batch) {
                List<Runnable> alone = attempt(connection, List.of(unit));
                if (alone != null) {
                    alone.forEach(Runnable::run);
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            // Even an Error fails only this batch: callers must never wait on a writer that is gone.
            log.error("a write transaction of {} units failed", batch.size(), e);
            batch.forEach(unit -> unit.done().completeExceptionally(e));
        }
    }

    /** Runs the units in one transaction; their completions when committed, null when rolled back. */
    private static List<Runnable> attempt(Connection connection, List<Unit<?>> units) throws SQLException {
        List<Runnable> completions = new ArrayList<>(units.size());
        try (StatementCache statements = new StatementCache(connection)) {
            for (Unit<?> unit : units) {
                completions.add(run(statements.connection(), unit));
            }
            connection.commit();
            return completions;
        } catch (UnitFailed failed) {
            connection.rollback();
            if (units.size() == 1) {
                failed.report();
            }
            return null;
        } catch (SQLException | RuntimeException | Error e) {
            connection.rollback();
            throw e;
        }
    }

    /** A unit's own failure, carried out of the batch so the others can be retried alone. */
    private static final class UnitFailed extends Exception {
        private final transient Runnable report;

        UnitFailed(Runnable report) {
            super(null, null, false, false);
            this.report = report;
        }

        void report() {
            report.run();
        }
    }

    private static <T> Runnable run(Connection connection, Unit<T> unit) throws UnitFailed {
        try {
            T result = unit.work().run(connection);
            return () -> unit.done().complete(result);
        } catch (SQLException | RuntimeException | Error e) {
            throw new UnitFailed(() -> unit.done().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
