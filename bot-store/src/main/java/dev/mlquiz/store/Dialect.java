package dev.mlquiz.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the databases the store can run on: how the pool connects and configures each
 * connection, where the engine's migrations are, the few clauses only one engine needs, and what
 * housekeeping runs in the background. The stores' SQL is written once, in what SQLite and PostgreSQL
 * both run (ON CONFLICT upserts, RETURNING, no rowid); anything else goes here.
 */
public interface Dialect {
    /** The pool's configuration: URL, per-connection settings and size. */
    HikariConfig pool();

    /**
     * The Flyway location of this engine's migrations. Every engine has the same history (versions and
     * descriptions); only the SQL of a version differs.
     */
    String migrations();

    /**
     * A locking clause for a sub-SELECT inside a write: the rows it reads stay as read until the
     * transaction ends, so a concurrent UPDATE of them waits for this transaction's commit. Empty where
     * write transactions never overlap (SQLite has one writer at a time).
     */
    String lockRead();

    /**
     * A locking clause for a SELECT inside a write whose transaction then changes the rows it read: a
     * second transaction doing the same waits for this one's commit, then reads what it wrote. Empty where
     * write transactions never overlap.
     */
    String lockWrite();

    /** {@link #lockWrite}, except that rows another transaction holds are skipped instead of waited for. */
    String lockWriteOrSkip();

    /**
     * A query taking, until the transaction ends, a lock on each 64-bit key of its one parameter (an
     * array, locked in its order): a second transaction taking one of them waits for this one's commit,
     * and its next statement reads what this one wrote. For rules over rows that may not exist yet, where
     * {@link #lockWrite} has no row to lock. Empty where write transactions never overlap.
     */
    Optional<String> lockKeys();

    /**
     * A SELECT of rows whose columns are bound as one array parameter each, of these SQL types in this order,
     * named {@code columns}, with a last column {@code ordinal} numbering the rows from 1: many rows in one
     * statement ({@link ArrayRows}). Empty where the engine has no arrays.
     */
    default Optional<String> rowsFromArrays(List<String> columns, List<String> types) {
        return Optional.empty();
    }

    /**
     * Makes {@code connection} read a long result a fetch at a time, for one statement that reads many rows.
     * Nothing by default: SQLite's driver steps through a result row by row anyway.
     */
    default void streamReads(Connection connection) throws SQLException {}

    /** Background upkeep run every {@link Maintenance#every}, on a pooled connection; none by default. */
    default Optional<Maintenance> maintenance() {
        return Optional.empty();
    }

    /** Periodic work on one connection; a failed run is simply retried by the next. */
    interface Maintenance {
        Duration every();

        void run(Connection connection) throws SQLException;
    }
}
