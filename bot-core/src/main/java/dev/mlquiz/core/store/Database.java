package dev.mlquiz.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled connection to the database with the schema migrated. SQLite by default; the SQL in this
 * package is written to run on PostgreSQL too.
 */
public final class Database implements AutoCloseable {
    /** Maps one row; may throw, since JDBC getters do. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done on one connection, in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final GroupCommitWriter writer;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.writer = new GroupCommitWriter(pool, "mlquiz-db-writer");
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Opens (creating if needed) a SQLite file in WAL mode. Write transactions start IMMEDIATE so two
     * writers queue on the busy timeout instead of failing on a lock upgrade.
     */
    public static Database sqlite(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for database " + file, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("mlquiz-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&transaction_mode=IMMEDIATE");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return new Database(new HikariDataSource(config));
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} atomically (under its own savepoint) on the single writer thread, possibly in one
     * transaction with other callers' work, and returns once it is committed.
     */
    public <T> T transaction(Work<T> work) {
        try {
            return writer.write(work);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public int update(String sql, Object... parameters) {
        return transaction(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = pool.getConnection()) {
            return query(connection, sql, mapper, parameters);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() {
        writer.close();
        pool.close();
    }
}
