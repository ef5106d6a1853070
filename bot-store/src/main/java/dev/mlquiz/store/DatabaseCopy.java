package dev.mlquiz.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every record of one mlquiz database into another, empty one, of either engine (moving a community
 * from its SQLite file to PostgreSQL, say), table by table, then checks that every table holds as many rows
 * on both sides. Both databases are opened, and so migrated, by the same version of mlquiz, so their tables
 * and columns are the same; the copy reads them from the source's schema, so a table added later is
 * copied too. The source is only read. The whole copy is one transaction on the target: a row the target
 * refuses leaves it as it was, so the copy can be run again once the cause is fixed.
 */
public final class DatabaseCopy {
    private static final Logger log = LoggerFactory.getLogger(DatabaseCopy.class);

    private static final int BATCH = 1_000;
    /** Flyway's own history is each database's, written when it was migrated. */
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** Rows per table, in the order they were copied. */
    public record Copied(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private DatabaseCopy() {}

    /**
     * @throws IllegalStateException when the target already holds records (nothing is copied then), or when
     *     the counts differ after the copy (nothing is kept then)
     * @throws StorageException when a database fails, or the target refuses a row: its message is one line
     *     naming the table; nothing is kept
     */
    public static Copied copy(Database from, Database to) {
        try (Connection source = from.dataSource().getConnection();
                Connection target = to.dataSource().getConnection()) {
            List<String> tables = tables(source);
            Set<String> targetTables = new TreeSet<>(tables(target));
            List<String> missing =
                    tables.stream().filter(t -> !targetTables.contains(t)).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the target has no table " + String.join(", ", missing));
            }
            List<String> filled =
                    tables.stream().filter(t -> count(target, t) > 0).collect(Collectors.toList());
            if (!filled.isEmpty()) {
                throw new IllegalStateException("the target already holds records (in " + String.join(", ", filled)
                        + "); copy into a new, empty database");
            }
            from.dialect().streamReads(source);
            Map<String, Long> rows = copyAll(source, target, tables);
            refreshStatistics(target);
            return new Copied(Collections.unmodifiableMap(rows));
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /**
     * Copies and counts every table in one transaction on the target, committed only when every count
     * matches. The source streams each table ({@link Dialect#streamReads}): a table never sits in memory whole.
     */
    private static Map<String, Long> copyAll(Connection source, Connection target, List<String> tables)
            throws SQLException {
        target.setAutoCommit(false);
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, copyTable(source, target, table));
            }
            for (String table : tables) {
                long there = count(target, table);
                if (there != rows.get(table)) {
                    throw new IllegalStateException(
                            table + " has " + rows.get(table) + " rows in the source but " + there + " in the target");
                }
            }
            target.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            if (!source.getAutoCommit()) {
                source.rollback();
            }
            target.setAutoCommit(true);
        }
    }

    /**
     * A PostgreSQL database that was just filled has no planner statistics yet, and its first big queries
     * (a time-zone rebuild, say) can take minutes instead of seconds without them.
     */
    private static void refreshStatistics(Connection target) {
        try {
            if (target.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
                target.setAutoCommit(true);
                try (PreparedStatement analyze = target.prepareStatement("ANALYZE")) {
                    analyze.execute();
                }
            }
        } catch (SQLException e) {
            // The copy is committed and complete: a missing ANALYZE costs speed until autovacuum runs one.
            log.warn(
                    "the copy is complete, but ANALYZE failed on the target (autovacuum will run it): {}",
                    e.getMessage());
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                String name = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                boolean visible = schema == null || schema.equalsIgnoreCase(connection.getSchema());
                if (visible && !name.equals(SCHEMA_HISTORY) && !name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        Collections.sort(tables);
        return tables;
    }

    private static long count(Connection connection, String table) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Streams the table's rows into the target in batches, in the caller's transaction. */
    private static long copyTable(Connection source, Connection target, String table) {
        long copied = 0;
        try (PreparedStatement read = source.prepareStatement("SELECT * FROM " + table)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                int width = columns.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= width; c++) {
                    names.add(columns.getColumnName(c));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int pending = 0;
                    while (rows.next()) {
                        for (int c = 1; c <= width; c++) {
                            write.setObject(c, rows.getObject(c));
                        }
                        write.addBatch();
                        copied++;
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        write.executeBatch();
                    }
                }
            }
            return copied;
        } catch (SQLException e) {
            throw new StorageException(
                    "copying " + table + " failed (" + firstLine(e) + "); the target is left as it was", e);
        }
    }

    /**
     * The database's own words, without the statement or the values (a batch's message quotes both, and the
     * cause is its next exception), on one line.
     */
    private static String firstLine(SQLException e) {
        SQLException cause = e.getNextException() == null ? e : e.getNextException();
        String message = String.valueOf(cause.getMessage()).strip();
        return message.lines().findFirst().orElse(message);
    }
}
