package dev.mlquiz.store;

import java.lang.reflect.Array;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A write that takes many rows in one statement, each column bound as one array ({@link
 * Dialect#rowsFromArrays}): a burst of answers costs the server one statement per transaction, not one
 * per answer, which is most of what each answer cost it (binding, executing and planning a statement
 * per row). The statement answers the ordinals of the rows it wrote, so each row learns whether it was.
 *
 * <p>Rows of one execution read the table as it was before that execution: none sees what another
 * wrote. Each row names what it must not share an execution with (its {@code apart} keys: the key it
 * is written under, anything its SQL checks against other rows); a row sharing one with a row already
 * in the execution starts the next one, which sees everything written before it.
 */
record ArrayRows(String sql, List<String> types) {
    /**
     * The Java class of each SQL type a column may have: arrays of these classes, not of Object, go to the
     * server in the driver's own encoding for the type instead of as text it must parse.
     */
    private static final Map<String, Class<?>> ELEMENTS =
            Map.of("text", String.class, "integer", Integer.class, "bigint", Long.class);

    /** One row: its values, in the order of {@code types}, and its apart keys. */
    record Row(List<?> apart, Object... values) {}

    ArrayRows {
        for (String type : types) {
            if (!ELEMENTS.containsKey(type)) {
                throw new IllegalArgumentException("no array rows of type " + type + "; known: " + ELEMENTS.keySet());
            }
        }
        types = List.copyOf(types);
    }

    /**
     * The statement that writes the rows, where the dialect takes arrays: {@code write} reads the rows from
     * {@code input} (columns named {@code columns}) and returns the {@code key} columns of the rows it
     * wrote, which one execution never holds twice (they are among the rows' apart keys).
     */
    static Optional<ArrayRows> of(Dialect dialect, List<String> columns, List<String> types, String write, String key) {
        return dialect.rowsFromArrays(columns, types)
                .map(input -> new ArrayRows(
                        "WITH input AS (" + input + "), written AS (" + write + " RETURNING " + key + ")"
                                + " SELECT input.ordinal FROM input JOIN written USING (" + key + ")",
                        types));
    }

    /** Writes the rows, in their order, in as few executions as their apart keys allow; answers 1 per row written. */
    int[] write(WriteContext context, List<Row> rows) throws SQLException {
        int[] counts = new int[rows.size()];
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            Set<Object> taken = new HashSet<>();
            while (to < rows.size() && rows.get(to).apart().stream().noneMatch(taken::contains)) {
                taken.addAll(rows.get(to).apart());
                to++;
            }
            BitSet written = execute(context, rows.subList(from, to));
            for (int i = from; i < to; i++) {
                counts[i] = written.get(i - from + 1) ? 1 : 0;
            }
            from = to;
        }
        return counts;
    }

    /** One execution; answers the ordinals (from 1) of the rows written. */
    private BitSet execute(WriteContext context, List<Row> rows) throws SQLException {
        Object[] columns = new Object[types.size()];
        for (int column = 0; column < columns.length; column++) {
            String type = types.get(column);
            Object[] values = (Object[]) Array.newInstance(ELEMENTS.get(type), rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i).values()[column];
            }
            columns[column] = context.connection().createArrayOf(type, values);
        }
        BitSet written = new BitSet(rows.size() + 1);
        for (long ordinal : context.query(sql, result -> result.getLong(1), columns)) {
            written.set(Math.toIntExact(ordinal));
        }
        return written;
    }
}
