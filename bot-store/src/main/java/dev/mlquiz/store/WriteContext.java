package dev.mlquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a write unit runs with: the transaction's connection and statements that the context prepares once
 * and owns. The {@link GroupCommitWriter} gives one context to every unit of a group commit, so a burst
 * of answers compiles its INSERT once per batch instead of once per answer (SQLite compiles on every
 * prepare; measured in BENCHMARKS.md, "StatementCache: measured").
 *
 * <p>Statements from {@link #statement} belong to the context: do not close them, it closes them when
 * the transaction ends. Finish with one (execute it, read its rows) before asking for the same SQL again,
 * since the same statement comes back.
 */
final class WriteContext implements AutoCloseable {
    /** Work that runs inside a transaction, possibly sharing it (and its statements) with other units. */
    @FunctionalInterface
    interface Unit<T> {
        T run(WriteContext context) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /** A context on {@code connection}, which stays the caller's to commit and close. */
    WriteContext(Connection connection) {
        this.connection = connection;
    }

    /** The transaction's connection, for statements the unit prepares and closes itself. */
    Connection connection() {
        return connection;
    }

    /**
     * The context's statement for {@code sql} with {@code parameters} bound: compiled on first use, then
     * handed out again with earlier bindings and batched rows cleared. Do not close it.
     */
    PreparedStatement statement(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
            statement.clearBatch();
        }
        Database.bind(statement, parameters);
        return statement;
    }

    /**
     * The context's statement for {@code sql} with {@code parameters} added as one more row of its batch;
     * {@code first} starts a new batch. Do not close it.
     */
    PreparedStatement batchStatement(String sql, boolean first, Object... parameters) throws SQLException {
        PreparedStatement statement = first ? statement(sql, parameters) : statements.get(sql);
        if (!first) {
            Database.bind(statement, parameters);
        }
        statement.addBatch();
        return statement;
    }

    /** Runs a query on the context's statement for {@code sql} and maps every row. */
    <T> List<T> query(String sql, Database.RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (ResultSet rows = statement(sql, parameters).executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** Closes every statement the context prepared; the connection stays open. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        statements.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
