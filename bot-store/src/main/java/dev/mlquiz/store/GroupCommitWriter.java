package dev.mlquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * the units of a batch share one {@link WriteContext}, so each statement is compiled once per batch.
 * Consecutive {@link Update}s of the same SQL go to the database as one JDBC batch: PostgreSQL gets them
 * in one round trip instead of one each; consecutive {@link Rows} of one write go as one statement. A
 * failing unit fails alone (see {@link #commit}). A long unit can ask to commit alone
 * ({@link #writeAlone}), so that the short ones queued with it do not wait for it. Closing refuses new
 * units and commits every unit already queued before the thread ends.
 */
final class GroupCommitWriter implements AutoCloseable {
    /** Most units committed in one transaction; bounds how long one caller waits for the others. */
    static final int MAX_BATCH = 256;
    /** How long {@link #close} waits for the queued units to commit. */
    static final long CLOSE_TIMEOUT_MILLIS = 5_000;
    /** How often a unit that lost a race with another process's transaction runs again. */
    static final int TRANSIENT_RETRIES = 3;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    /**
     * A unit that is one statement, answering its update count; see the class comment for why it is apart.
     * With a {@code lock}, the statement runs after its key is locked in the same transaction: the writer
     * takes the locks of all a transaction's units first (see {@link #takeLocks}).
     */
    record Update(Optional<KeyLock> lock, String sql, Object... parameters) implements WriteContext.Unit<Integer> {
        Update(String sql, Object... parameters) {
            this(Optional.empty(), sql, parameters);
        }

        @Override
        public Integer run(WriteContext context) throws SQLException {
            return context.statement(sql, parameters).executeUpdate();
        }
    }

    /**
     * A unit that is one row of an {@link ArrayRows} write, answering 1 if it was written, else 0. Consecutive
     * rows of one write go to the database in as few executions as their apart keys allow; with a
     * {@code lock}, as {@link Update}.
     */
    record Rows(Optional<KeyLock> lock, ArrayRows statement, ArrayRows.Row row) implements WriteContext.Unit<Integer> {
        @Override
        public Integer run(WriteContext context) throws SQLException {
            return statement.write(context, List.of(row))[0];
        }
    }

    /** A key to lock before an update, and the dialect's statement that locks keys ({@link Dialect#lockKeys}). */
    record KeyLock(String sql, long key) {}

    /** Where a unit goes in its transaction. */
    private enum Place {
        /** In queue order, with the units queued around it. */
        IN_ORDER,
        /** In a transaction of its own. */
        ALONE,
        /**
         * After the transaction's other units: for an update of a table no write unit reads (display names),
         * so that moving it lets the updates around it batch.
         */
        AFTER_THE_REST
    }

    private record Queued<T>(WriteContext.Unit<T> unit, CompletableFuture<T> done, Place place) {
        boolean alone() {
            return place == Place.ALONE;
        }

        /** What units that run together as one JDBC batch or one {@link ArrayRows} write have in common. */
        Optional<Object> statement() {
            if (unit instanceof Update update) {
                return Optional.of(update.sql());
            }
            return unit instanceof Rows rows ? Optional.of(rows.statement()) : Optional.empty();
        }

        Optional<KeyLock> lock() {
            if (unit instanceof Update update) {
                return update.lock();
            }
            return unit instanceof Rows rows ? rows.lock() : Optional.empty();
        }
    }

    /** Queued last by {@link #close}: the writer ends once it has committed everything before it. */
    private static final Queued<Void> END = new Queued<>(null, null, Place.ALONE);

    private final DataSource pool;
    private final BlockingQueue<Queued<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicInteger queued = new AtomicInteger();
    /** Guards {@link #open} together with the queue, so no unit can land behind {@link #END}. */
    private final Object admission = new Object();

    private boolean open = true;
    private volatile WriteObserver observer = WriteObserver.NONE;

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
    void writeLater(WriteContext.Unit<?> unit) {
        writeLater(unit, Place.IN_ORDER);
    }

    /**
     * {@link #writeLater} for an update of a table that no write unit reads: it may run after units queued
     * after it, in the same transaction.
     */
    void updateUnreadTableLater(Update update) {
        writeLater(update, Place.AFTER_THE_REST);
    }

    /** {@link #updateUnreadTableLater(Update)} for a row of an {@link ArrayRows} write. */
    void updateUnreadTableLater(Rows row) {
        writeLater(row, Place.AFTER_THE_REST);
    }

    private <T> void writeLater(WriteContext.Unit<T> unit, Place place) {
        CompletableFuture<T> done = new CompletableFuture<>();
        done.whenComplete((result, failure) -> {
            queued.decrementAndGet();
            if (failure != null) {
                log.warn("a queued write failed", failure);
            }
        });
        queued.incrementAndGet();
        try {
            enqueue(new Queued<>(unit, done, place));
        } catch (IllegalStateException closed) {
            queued.decrementAndGet();
            throw closed;
        }
    }

    void observe(WriteObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Units waiting for the writer, including the one it may be writing now. */
    int waiting() {
        return queue.size();
    }

    /** Returns once every write queued with {@link #writeLater} so far has committed. */
    void awaitQueued() throws SQLException {
        if (queued.get() > 0) {
            write(context -> null);
        }
    }

    <T> T write(WriteContext.Unit<T> unit) throws SQLException {
        return write(unit, Place.IN_ORDER);
    }

    /**
     * {@link #write} in a transaction of its own: the units queued before it commit first, without waiting
     * for it, and those queued while it runs wait for it alone. For a unit that takes long (a step of a
     * rebuild), so the short units around it wait no longer than it takes.
     */
    <T> T writeAlone(WriteContext.Unit<T> unit) throws SQLException {
        return write(unit, Place.ALONE);
    }

    private <T> T write(WriteContext.Unit<T> unit, Place place) throws SQLException {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a write unit may not wait for another write unit");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(new Queued<>(unit, done, place));
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

    private void enqueue(Queued<?> queued) {
        synchronized (admission) {
            if (!open) {
                throw new IllegalStateException("the database is closed");
            }
            queue.add(queued);
        }
    }

    /**
     * Takes what is queued, in order, into batches: up to {@link #MAX_BATCH} units, where a unit that
     * commits alone (and {@link #END}) closes the batch before it and is held for the next turn.
     */
    private void loop() {
        List<Queued<?>> batch = new ArrayList<>(MAX_BATCH);
        Queued<?> held = null;
        while (true) {
            Queued<?> first = held;
            held = null;
            if (first == null) {
                try {
                    first = queue.take();
                } catch (InterruptedException e) {
                    continue; // only END stops the writer: a queued unit must never be dropped
                }
            }
            if (first == END) {
                return;
            }
            batch.add(first);
            while (!first.alone() && held == null && batch.size() < MAX_BATCH) {
                Queued<?> next = queue.poll();
                if (next == null) {
                    break;
                }
                if (next.alone()) {
                    held = next;
                } else {
                    batch.add(next);
                }
            }
            long began = System.nanoTime();
            commit(batch);
            observed(batch.size(), Duration.ofNanos(System.nanoTime() - began));
            batch.clear();
        }
    }

    /** Tells the observer; its failure is logged, never allowed to stop the writer. */
    private void observed(int units, Duration took) {
        try {
            observer.transactionWritten(units, took);
        } catch (RuntimeException e) {
            log.warn("the write observer failed", e);
        }
    }

    /**
     * Commits the batch in one transaction. Units run optimistically without savepoints (failures are
     * rare); if one fails, the batch is rolled back and every unit re-runs in a transaction of its own,
     * so only the failing unit fails.
     */
    private void commit(List<Queued<?>> batch) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            if (batch.size() > 1) {
                try {
                    attempt(connection, batch).forEach(Runnable::run);
                    return;
                } catch (UnitFailed failed) {
                    // retried one by one below
                }
            }
            for (Queued<?> queued : batch) {
                commitAlone(connection, queued);
            }
        } catch (SQLException | RuntimeException | Error e) {
            // Even an Error fails only this batch: callers must never wait on a writer that is gone.
            log.error("a write transaction of {} units failed", batch.size(), e);
            batch.forEach(queued -> queued.done().completeExceptionally(e));
        }
    }

    /**
     * Commits one unit in a transaction of its own. A unit that lost a race with another process's
     * transaction (a deadlock, a serialization failure: their work was rolled back whole) runs again,
     * up to {@link #TRANSIENT_RETRIES} times, before the caller is told.
     */
    private static void commitAlone(Connection connection, Queued<?> queued) throws SQLException {
        for (int tries = 0; ; tries++) {
            try {
                attempt(connection, List.of(queued)).forEach(Runnable::run);
                return;
            } catch (UnitFailed failed) {
                if (!failed.transientFailure() || tries == TRANSIENT_RETRIES) {
                    failed.report();
                    return;
                }
                log.info(
                        "retrying a write that lost a race with another transaction: {}",
                        failed.getCause().getMessage());
            }
        }
    }

    /**
     * Runs the units in one transaction and one {@link WriteContext}, those that wait for the rest last;
     * their completions once committed. A failing unit rolls the transaction back and is thrown.
     */
    private static List<Runnable> attempt(Connection connection, List<Queued<?>> units)
            throws SQLException, UnitFailed {
        List<Runnable> completions = new ArrayList<>(units.size());
        List<Queued<?>> inOrder = new ArrayList<>(units.size());
        Map<Object, List<Queued<?>>> afterTheRest = new LinkedHashMap<>();
        for (Queued<?> queued : units) {
            if (queued.place() == Place.AFTER_THE_REST) {
                afterTheRest
                        .computeIfAbsent(queued.statement().orElseThrow(), statement -> new ArrayList<>())
                        .add(queued);
            } else {
                inOrder.add(queued);
            }
        }
        List<List<Queued<?>>> runs = new ArrayList<>();
        for (int from = 0; from < inOrder.size(); ) {
            int to = endOfRun(inOrder, from);
            runs.add(inOrder.subList(from, to));
            from = to;
        }
        for (List<Queued<?>> rows : afterTheRest.values()) {
            // Nothing reads these tables, so their rows may go in key order: two processes' transactions then
            // lock the rows they upsert in the same order and never wait on each other for them.
            if (rows.get(0).unit() instanceof Rows) {
                rows.sort(Comparator.comparing(
                        queued -> String.valueOf(((Rows) queued.unit()).row().values()[0])));
            }
            runs.add(rows);
        }
        try (WriteContext context = new WriteContext(connection)) {
            if (units.stream().allMatch(queued -> queued.unit() instanceof Rows)) {
                writeRowsTogether(context, units, runs, completions);
            } else {
                takeLocks(context, units);
                for (List<Queued<?>> run : runs) {
                    runAll(context, run, completions);
                }
            }
            connection.commit();
            return completions;
        } catch (UnitFailed failed) {
            rollBack(connection, failed.getCause());
            throw failed;
        } catch (SQLException | RuntimeException | Error e) {
            rollBack(connection, e);
            throw e;
        }
    }

    /** Rolls back; a failure to (a connection already broken) is kept with the failure that caused it. */
    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Takes the key locks of all the transaction's units before any of them runs, in one statement, in
     * ascending order: a transaction waiting for one holds none, so two processes' transactions never wait
     * on each other for them (as they could if each run of a batch took its own).
     */
    private static void takeLocks(WriteContext context, List<Queued<?>> units) throws UnitFailed {
        Optional<ArrayRows.Locks> locks = locksOf(units);
        if (locks.isEmpty()) {
            return;
        }
        try {
            KeyLocks.take(context, locks.get().sql(), locks.get().keys());
        } catch (SQLException | RuntimeException e) {
            List<Queued<?>> locking =
                    units.stream().filter(queued -> queued.lock().isPresent()).toList();
            throw new UnitFailed(
                    e, () -> locking.forEach(queued -> queued.done().completeExceptionally(e)));
        }
    }

    /** The key locks of the units, in the dialect's statement (one for all: a database has one dialect). */
    private static Optional<ArrayRows.Locks> locksOf(List<Queued<?>> units) {
        List<KeyLock> locks =
                units.stream().flatMap(queued -> queued.lock().stream()).toList();
        return locks.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new ArrayRows.Locks(locks.get(0).sql(), locks.stream().map(KeyLock::key)));
    }

    /**
     * A transaction of rows only (a burst's answers and names) in one round trip: its key locks, its runs
     * and its commit, as {@link ArrayRows#writeTogether}; a failure fails every unit (the batch is retried
     * unit by unit).
     */
    private static void writeRowsTogether(
            WriteContext context, List<Queued<?>> units, List<List<Queued<?>>> runs, List<Runnable> completions)
            throws UnitFailed {
        Optional<ArrayRows.Locks> locking = locksOf(units);
        List<int[]> counts;
        try {
            counts = ArrayRows.writeTogether(
                    context,
                    locking,
                    runs.stream()
                            .map(run -> new ArrayRows.Run(
                                    ((Rows) run.get(0).unit()).statement(),
                                    run.stream()
                                            .map(queued -> ((Rows) queued.unit()).row())
                                            .toList()))
                            .toList(),
                    true);
        } catch (ArrayRows.WrittenButUnread e) {
            units.forEach(queued -> completions.add(() -> queued.done().completeExceptionally(e)));
            return;
        } catch (SQLException | RuntimeException e) {
            throw new UnitFailed(e, () -> units.forEach(queued -> queued.done().completeExceptionally(e)));
        }
        for (int r = 0; r < runs.size(); r++) {
            List<Queued<?>> run = runs.get(r);
            for (int i = 0; i < run.size(); i++) {
                @SuppressWarnings("unchecked") // rows answer their count
                Queued<Integer> queued = (Queued<Integer>) run.get(i);
                int count = counts.get(r)[i];
                completions.add(() -> queued.done().complete(count));
            }
        }
    }

    /** A unit's own failure, carried out of the batch so the others can be retried alone. */
    private static final class UnitFailed extends Exception {
        private final transient Runnable report;

        UnitFailed(Throwable cause, Runnable report) {
            super(null, cause, false, false);
            this.report = report;
        }

        /** SQL's class 40, "transaction rollback": the transaction lost to another, the same work may succeed. */
        boolean transientFailure() {
            return getCause() instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40");
        }

        void report() {
            report.run();
        }
    }

    /**
     * Where the run starting at {@code from} ends: the updates of one SQL, or the rows of one write, that
     * follow each other; or one unit.
     */
    private static int endOfRun(List<Queued<?>> units, int from) {
        Optional<Object> statement = units.get(from).statement();
        int to = from + 1;
        while (statement.isPresent()
                && to < units.size()
                && units.get(to).statement().equals(statement)) {
            to++;
        }
        return to;
    }

    /** Runs one unit, or updates of one SQL as one JDBC batch, or rows of one write together. */
    private static void runAll(WriteContext context, List<Queued<?>> run, List<Runnable> completions)
            throws UnitFailed {
        if (run.size() == 1) {
            completions.add(run(context, run.get(0)));
            return;
        }
        @SuppressWarnings("unchecked") // a run of several holds updates or rows only, see endOfRun
        List<Queued<Integer>> updates = (List<Queued<Integer>>) (List<?>) run;
        int[] counts;
        try {
            counts = updates.get(0).unit() instanceof Rows rows
                    ? rows.statement()
                            .write(
                                    context,
                                    updates.stream()
                                            .map(queued -> ((Rows) queued.unit()).row())
                                            .toList())
                    : batch(context, updates);
        } catch (SQLException | RuntimeException e) {
            // Which update failed is the driver's to say, each its own way: the caller retries them one by one.
            throw new UnitFailed(
                    e, () -> updates.forEach(queued -> queued.done().completeExceptionally(e)));
        }
        if (counts.length != updates.size() || Arrays.stream(counts).anyMatch(count -> count < 0)) {
            IllegalStateException unknown =
                    new IllegalStateException("the driver did not say how many rows each batched update changed");
            throw new UnitFailed(
                    unknown, () -> updates.forEach(queued -> queued.done().completeExceptionally(unknown)));
        }
        for (int i = 0; i < counts.length; i++) {
            Queued<Integer> queued = updates.get(i);
            int count = counts[i];
            completions.add(() -> queued.done().complete(count));
        }
    }

    private static int[] batch(WriteContext context, List<Queued<Integer>> updates) throws SQLException {
        PreparedStatement statement = null;
        for (Queued<Integer> queued : updates) {
            Update update = (Update) queued.unit();
            statement = context.batchStatement(update.sql(), statement == null, update.parameters());
        }
        return statement.executeBatch();
    }

    private static <T> Runnable run(WriteContext context, Queued<T> queued) throws UnitFailed {
        try {
            T result = queued.unit().run(context);
            return () -> queued.done().complete(result);
        } catch (SQLException | RuntimeException | Error e) {
            throw new UnitFailed(e, () -> queued.done().completeExceptionally(e));
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
