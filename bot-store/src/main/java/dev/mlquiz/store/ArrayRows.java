package dev.mlquiz.store;

import java.lang.reflect.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A write that takes many rows in one statement, each column bound as one array ({@link
 * Dialect#rowsFromArrays}): a burst of answers costs the server one statement per transaction, not one
 * per answer, which is most of what each answer cost it (binding, executing and planning a statement
 * per row). The statement answers the ordinals of the rows it wrote, so each row learns whether it was.
 *
 * <p>Rows of one execution read the table as it was before that execution: none sees what another
 * wrote. Each row names what it must not share an execution with (its {@code apart} keys: the key it
 * is written under, anything its SQL checks against other rows); such a row goes to a later execution,
 * which sees everything written before it (see {@link #executions}).
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
        return writeTogether(context, Optional.empty(), List.of(new Run(this, rows)), false)
                .get(0);
    }

    /** Key locks to take before the writes: the dialect's statement ({@link Dialect#lockKeys}) and the keys. */
    record Locks(String sql, Stream<Long> keys) {}

    /** Rows for one write, in their order. */
    record Run(ArrayRows write, List<Row> rows) {}

    /** One execution of a run: the indexes of its rows in the run, in their order. */
    private record Execution(int run, List<Integer> rows) {}

    /**
     * A failure after the server ran the whole query, COMMIT included: the rows are written, but what each
     * caller would be told is unknown. Not to be retried (a retry would call the rows refused).
     */
    static final class WrittenButUnread extends RuntimeException {
        WrittenButUnread(Throwable cause) {
            super("the rows were committed, but reading which of them were written failed", cause);
        }
    }

    /**
     * Writes the runs, in order, in one round trip: the locks first, as a statement of their own (so that
     * the writes after them read what the locks' last holders wrote), then every execution of every run,
     * sent together as one query of several statements, each of which sees what the ones before it wrote;
     * with {@code commit}, the transaction's COMMIT too (the connection's own commit then has nothing left
     * to do). A failing statement stops the ones after it, COMMIT included. Answers, for each run, 1 per
     * row written and 0 per row not.
     */
    static List<int[]> writeTogether(WriteContext context, Optional<Locks> locks, List<Run> runs, boolean commit)
            throws SQLException {
        List<String> statements = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (locks.isPresent()) {
            statements.add(locks.get().sql());
            parameters.add(context.connection()
                    .createArrayOf("bigint", KeyLocks.ascending(locks.get().keys())));
        }
        List<int[]> counts = new ArrayList<>(runs.size());
        List<Execution> executions = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            counts.add(new int[run.rows().size()]);
            for (List<Integer> rows : executions(run.rows())) {
                statements.add(run.write().sql());
                parameters.addAll(run.write()
                        .columns(context, rows.stream().map(run.rows()::get).toList()));
                executions.add(new Execution(r, rows));
            }
        }
        if (commit) {
            statements.add("COMMIT");
        }
        PreparedStatement statement = context.statement(String.join(";\n", statements), parameters.toArray());
        boolean rows = statement.execute();
        try {
            if (locks.isPresent()) {
                rows = statement.getMoreResults();
            }
            for (Execution execution : executions) {
                if (!rows) {
                    throw new SQLException("a write of " + execution.rows().size() + " rows answered no ordinals");
                }
                try (ResultSet written = statement.getResultSet()) {
                    while (written.next()) {
                        counts.get(execution.run())[execution.rows().get(written.getInt(1) - 1)] = 1;
                    }
                }
                rows = statement.getMoreResults();
            }
        } catch (SQLException | RuntimeException e) {
            if (commit) {
                throw new WrittenButUnread(e);
            }
            throw e;
        }
        return counts;
    }

    /**
     * The rows' executions, as few as their apart keys allow: each row goes to the execution after the last
     * one holding a row that shares one of its keys (the first, if none does). So a row runs after every
     * earlier row it shares a key with, and a burst with a few double clicks needs two executions, not one
     * per double click.
     */
    static List<List<Integer>> executions(List<Row> rows) {
        List<List<Integer>> executions = new ArrayList<>();
        Map<Object, Integer> lastExecutionOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int execution = 0;
            for (Object key : rows.get(i).apart()) {
                Integer last = lastExecutionOf.get(key);
                if (last != null) {
                    execution = Math.max(execution, last + 1);
                }
            }
            if (execution == executions.size()) {
                executions.add(new ArrayList<>());
            }
            executions.get(execution).add(i);
            for (Object key : rows.get(i).apart()) {
                lastExecutionOf.put(key, execution);
            }
        }
        return executions;
    }

    /** The rows' values as one array per column. */
    private List<Object> columns(WriteContext context, List<Row> rows) throws SQLException {
        List<Object> columns = new ArrayList<>(types.size());
        for (int column = 0; column < types.size(); column++) {
            String type = types.get(column);
            Object[] values = (Object[]) Array.newInstance(ELEMENTS.get(type), rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i).values()[column];
            }
            columns.add(context.connection().createArrayOf(type, values));
        }
        return columns;
    }
}
