package dev.mlquiz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the results table, each with its target and whether it was met. */
final class Results {
    private record Row(String scenario, String metric, String value, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String scenario, String metric, String value) {
        rows.add(new Row(scenario, metric, value, "", null));
    }

    void check(String scenario, String metric, double value, String unit, String comparison, double target) {
        boolean met = comparison.equals("<=") ? value <= target : value >= target;
        rows.add(new Row(scenario, metric, format(value) + unit, comparison + " " + format(target) + unit, met));
    }

    /** Writes the rows to {@code file}, one per line, for the JVM that forked this one ({@link #readFrom}). */
    void writeTo(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(String.join(
                    "\t",
                    row.scenario(),
                    row.metric(),
                    row.value(),
                    row.target(),
                    row.met() == null ? "" : row.met().toString()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Adds the rows a forked JVM wrote with {@link #writeTo}. */
    void readFrom(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            rows.add(new Row(
                    cells[0], cells[1], cells[2], cells[3], cells[4].isEmpty() ? null : Boolean.valueOf(cells[4])));
        }
    }

    static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    String table() {
        StringBuilder text =
                new StringBuilder("| scenario | metric | measured | target | met |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ")
                    .append(row.scenario())
                    .append(" | ")
                    .append(row.metric())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return text.toString();
    }
}
