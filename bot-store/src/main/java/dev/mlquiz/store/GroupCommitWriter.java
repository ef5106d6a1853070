package dev.mlquiz.store;

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
 * each statement is compiled once per batch. A failing unit fails alone (see {@link #commit}). Closing
 * refuses new units and commits every unit already queued before the thread ends.
 */
final class GroupCommitWriter implements AutoCloseable {
    /** Most units committed in one transaction; bounds how long one caller waits for the others. */
    static final int MAX_BATCH = 256;
    /** How long {@link #close} waits for the queued units to commit. */
    static final long CLOSE_TIMEOUT_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private record Unit<T>(Database.Work<T> work, CompletableFuture<T> done) {}

    /** Queued last by {@link #close}: the writer ends once it has committed everything before it. */
    private static final Unit<Void> END = new Unit<>(null, null);

    private final DataSource pool;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicInteger queued = new AtomicInteger();
    /** Guards {@link #open} together with the queue, so no unit can land behind {@link #END}. */
    private final Object admission = new Object();

    private boolean open = true;

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
        CompletableFuture<Object> done = new CompletableFuture<>();
        done.whenComplete((result, failure) -> {
            queued.decrementAndGet();
            if (failure != null) {
                log.warn("a queued write failed", failure);
            }
        });
        queued.incrementAndGet();
        try {
            enqueue(new Unit<>(work::run, done));
        } catch (IllegalStateException closed) {
            queued.decrementAndGet();
            throw closed;
        }
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
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(new Unit<>(work, done));
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

    private void enqueue(Unit<?> unit) {
        synchronized (admission) {
            if (!open) {
                throw new IllegalStateException("the database is closed");
            }
            queue.add(unit);
        }
    }

    private void loop() {
        List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
        boolean ending = false;
        while (!ending) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only END stops the writer: a queued unit must never be dropped
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            ending = batch.get(batch.size() - 1) == END;
            if (ending) {
                batch.remove(batch.size() - 1);
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
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

    /**
     * Refuses new units, then waits (up to {@link #CLOSE_TIMEOUT_MILLIS}) until every unit queued before
     * has committed. Closing again does nothing.
     */
    @Override
    public void close() {
        synchronized (admission) {
            if (!open) {
                return;
            }
            open = false;
            queue.add(END);
        }
        try {
            thread.join(CLOSE_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("the database writer had not committed every queued write after {} ms", CLOSE_TIMEOUT_MILLIS);
        }
    }
}
