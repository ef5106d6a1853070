package dev.mlquiz.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.mlquiz.core.concurrent.DaemonThreads;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled connection to the database with the schema migrated. What is particular to one database
 * (SQLite's pragmas and checkpoints, PostgreSQL's row locks, each engine's migrations) is its
 * {@link Dialect}; the SQL in this package runs on both.
 */
public final class Database implements AutoCloseable {
    /** Maps one row; may throw, since JDBC getters do. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * Work done on one connection, in one transaction: it may not commit, roll back or close the
     * connection, and closes the statements it prepares.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Rows {@link #forEach} fetches at a time. */
    private static final int FETCH_SIZE = 1_000;

    private final Dialect dialect;
    private final HikariDataSource pool;
    private final ScheduledExecutorService maintenance =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mlquiz-db-checkpoint"));
    private final GroupCommitWriter writer;

    private Database(Dialect dialect, HikariDataSource pool, Optional<Dialect.Maintenance> upkeep) {
        this.dialect = dialect;
        this.pool = pool;
        this.writer = new GroupCommitWriter(pool, "mlquiz-db-writer");
        upkeep.ifPresent(work -> maintenance.scheduleWithFixedDelay(
                () -> maintain(work), work.every().toMillis(), work.every().toMillis(), TimeUnit.MILLISECONDS));
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(dialect.migrations())
                    .javaMigrations(new V6__Totals_from_revealed_rounds())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            // A file that is not ours or a schema newer than this version: leave no threads or connections behind.
            close();
            throw e;
        }
    }

    /** Opens (creating if needed) a SQLite file: see {@link SqliteDialect}. */
    public static Database sqlite(Path file) {
        return open(new SqliteDialect(file));
    }

    /**
     * Opens a PostgreSQL database (14 or later) and migrates its schema: see {@link PostgresDialect}.
     * Credentials go only to the driver, never into a message or a log line.
     *
     * @param jdbcUrl a {@code jdbc:postgresql://host:port/database} URL, without credentials
     * @throws StorageException when the database cannot be reached (a wrong password, an unknown host
     *     or database); its message is one line fit to show as it is, without the password
     */
    public static Database postgres(String jdbcUrl, String user, String password) {
        return open(new PostgresDialect(jdbcUrl, user, password));
    }

    /** Opens the dialect's database and migrates its schema. */
    public static Database open(Dialect dialect) {
        return new Database(dialect, new HikariDataSource(dialect.pool()), dialect.maintenance());
    }

    /** What this database's engine needs said its own way. */
    Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} atomically on the single writer thread (a failing unit is rolled back alone), possibly in one
     * transaction with other callers' work, and returns once it is committed.
     */
    public <T> T transaction(Work<T> work) {
        return write(context -> work.run(context.connection()));
    }

    /**
     * {@link #transaction} for this package's stores: the unit prepares through its {@link WriteContext},
     * sharing the group commit's statements.
     */
    <T> T write(WriteContext.Unit<T> unit) {
        try {
            return writer.write(unit);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** {@link #write} in a transaction of its own, for a long unit: see {@link GroupCommitWriter#writeAlone}. */
    <T> T writeAlone(WriteContext.Unit<T> unit) {
        try {
            return writer.writeAlone(unit);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Queues an update without waiting for it; it commits before any write queued after it. */
    public void updateLater(String sql, Object... parameters) {
        writer.writeLater(new GroupCommitWriter.Update(sql, parameters));
    }

    /**
     * {@link #updateLater} for a table that no write reads (display names): it may commit after writes
     * queued after it, in the same transaction, which lets those batch.
     */
    public void updateUnreadTableLater(String sql, Object... parameters) {
        writer.updateUnreadTableLater(new GroupCommitWriter.Update(sql, parameters));
    }

    /** {@link #updateUnreadTableLater} as one row of an {@link ArrayRows} write. */
    void updateUnreadTableLater(ArrayRows rows, ArrayRows.Row row) {
        writer.updateUnreadTableLater(new GroupCommitWriter.Rows(Optional.empty(), rows, row));
    }

    /** For reads that must see queued updates (names, say): waits until they have committed. */
    public void awaitQueuedUpdates() {
        try {
            writer.awaitQueued();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public int update(String sql, Object... parameters) {
        return write(new GroupCommitWriter.Update(sql, parameters));
    }

    /**
     * {@link #update} after taking the lock of {@code key} ({@link Dialect#lockKeys}) in the same transaction,
     * so the statement reads what any other holder of it wrote; a plain update where the dialect needs none.
     */
    int updateLocked(long key, String sql, Object... parameters) {
        return write(new GroupCommitWriter.Update(keyLock(key), sql, parameters));
    }

    /**
     * Writes one row of an {@link ArrayRows} write, after taking the lock of {@code key}, if any, as
     * {@link #updateLocked} does; answers 1 if it was written, else 0.
     */
    int writeRow(ArrayRows rows, Optional<Long> key, ArrayRows.Row row) {
        return write(new GroupCommitWriter.Rows(key.flatMap(this::keyLock), rows, row));
    }

    private Optional<GroupCommitWriter.KeyLock> keyLock(long key) {
        return dialect.lockKeys().map(lockKeys -> new GroupCommitWriter.KeyLock(lockKeys, key));
    }

    /**
     * Whether the database answers a trivial query within about {@code timeout} (a second at least, the
     * driver's unit), for a readiness probe. False once closed. Waiting for a free connection counts too:
     * a pool exhausted for that long is not ready either.
     */
    public boolean isReachable(Duration timeout) {
        if (pool.isClosed()) {
            return false;
        }
        long before = System.nanoTime();
        try (Connection connection = pool.getConnection()) {
            long left = timeout.toNanos() - (System.nanoTime() - before);
            return left > 0
                    && connection.isValid(
                            (int) Math.max(1, Duration.ofNanos(left).toSeconds()));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Tells {@code observer} of every transaction the writer runs from now on, replacing any before. */
    public void observeWrites(WriteObserver observer) {
        writer.observe(observer);
    }

    /** Writes queued for the single writer and not yet committed: how far behind it is. */
    public int queuedWrites() {
        return writer.waiting();
    }

    /** Reads on a connection of its own, outside the writer. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /**
     * Hands the rows to {@code each} one at a time, as they are read: one statement, so the rows come from one
     * snapshot of the data however long {@code each} takes, on a connection held until the last row.
     */
    public <T> void forEach(String sql, RowMapper<T> mapper, Consumer<? super T> each, Object... parameters) {
        try (Connection connection = pool.getConnection()) {
            dialect.streamReads(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(mapper.map(rows));
                    }
                }
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    /** Binds {@code parameters} in order. */
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /**
     * Runs the dialect's upkeep now, on the calling thread and outside the writer: for work that writes a
     * lot in many short units, so that SQLite's checkpoint keeps pace with it instead of falling behind
     * until a commit on the writer has to catch up.
     */
    void maintainNow() {
        dialect.maintenance().ifPresent(this::maintain);
    }

    private void maintain(Dialect.Maintenance work) {
        try (Connection connection = pool.getConnection()) {
            work.run(connection);
        } catch (SQLException | RuntimeException e) {
            // The next run retries (for SQLite, the automatic checkpoint threshold bounds the WAL meanwhile).
        }
    }

    /**
     * Stops the background task first, then commits every queued write, and only then closes the
     * connections the writer needs.
     */
    @Override
    public void close() {
        maintenance.shutdownNow();
        writer.close();
        pool.close();
    }
}
