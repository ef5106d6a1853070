package dev.mlquiz.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Puts generated rows into a table, the fastest way the engine takes them: one batched INSERT on SQLite,
 * a COPY on PostgreSQL (a million answers load in seconds, where row-by-row inserts take minutes).
 */
@FunctionalInterface
interface DataSetLoader {
    void load(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException;

    DataSetLoader INSERTS = (connection, table, columns, rows) -> {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    };

    /** COPY in PostgreSQL's text format; the generated values hold no tab, newline or backslash. */
    DataSetLoader COPY = (connection, table, columns, rows) -> {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : "\t").append(row[i]);
            }
            text.append('\n');
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                            new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot COPY into " + table, e);
        }
    };
}
