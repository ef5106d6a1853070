package dev.mlquiz.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes. SQLite has a single writer anyway; funnelling every write of the process
 * through one thread means callers never sleep in SQLite's busy handler, and work that arrives together
 * commits together (group commit): a burst of clicks becomes a few transactions, not thousands. Each
 * unit runs under its own savepoint, so a failing unit is rolled back alone and reported to its caller.
 */
final class GroupCommitWriter implements AutoCloseable {
    /** Most units committed in one transaction; bounds how long one caller waits for the others. */
    static final int MAX_BATCH = 256;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private record Unit<T>(Database.Work<T> work, CompletableFuture<T> done) {}

    private final DataSource pool;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean open = true;

    GroupCommitWriter(DataSource pool, String name) {
        this.pool = pool;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
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

    private void commit(List<Unit<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Unit<?> unit : batch) {
                    completions.add(run(connection, unit));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            completions.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.error("a write transaction of {} units failed", batch.size(), e);
            batch.forEach(unit -> unit.done().completeExceptionally(e));
        }
    }

    /** Runs one unit under a savepoint; returns how to tell its caller once the batch has committed. */
    private static <T> Runnable run(Connection connection, Unit<T> unit) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = unit.work().run(connection);
            connection.releaseSavepoint(savepoint);
            return () -> unit.done().complete(result);
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            return () -> unit.done().completeExceptionally(e);
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
