package dev.mlquiz.app.packs;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.bank.BankFigures;
import dev.mlquiz.questions.bank.QuestionBank;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * {@code mlquiz bank}: the loaded bank (the bundled packs and the team's) as a table of topics by
 * level, then the figures a bank is judged by: how often the key is the longest option, repeated
 * prompts and options, and the cited entries of each source document.
 */
public final class BankCommand {
    private static final List<String> LEVELS =
            List.of(Difficulty.values()).stream().map(Difficulty::id).collect(Collectors.toList());

    /** The widest share, so the share column stays aligned. */
    private static final String WHOLE = percent(1);

    private final PrintStream out;

    public BankCommand(PrintStream out) {
        this.out = out;
    }

    public int run(QuestionBank bank) {
        out.print(report(bank));
        return 0;
    }

    static String report(QuestionBank bank) {
        BankFigures figures = BankFigures.of(bank);
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "mlquiz question bank: %d question%s in %d pack%s%n%n",
                figures.questions(),
                figures.questions() == 1 ? "" : "s",
                bank.packs().size(),
                bank.packs().size() == 1 ? "" : "s"));
        table(figures, text);
        text.append(String.format(
                Locale.ROOT,
                "%nkey is the longest option: %d of %d questions (%s)%n",
                figures.keyLongest(),
                figures.questions(),
                percent(figures.share(figures.keyLongest()))));
        repeats("repeated prompts", figures.repeatedPrompts(), text);
        repeats("repeated options", figures.repeatedOptions(), text);
        text.append("cited source entries:").append(figures.citedEntries().isEmpty() ? " none" : "");
        text.append(System.lineSeparator());
        figures.citedEntries()
                .forEach((document, entries) -> text.append(String.format(
                        Locale.ROOT,
                        "  %s %s: %d entr%s%s%n",
                        document.id(),
                        document.title(),
                        entries.size(),
                        entries.size() == 1 ? "y" : "ies",
                        entries.isEmpty() ? "" : " (" + ranges(entries) + ")")));
        return text.toString();
    }

    private static void table(BankFigures figures, StringBuilder text) {
        int idWidth = "total".length();
        int titleWidth = "title".length();
        for (BankFigures.TopicRow row : figures.topics()) {
            idWidth = Math.max(idWidth, row.topic().id().length());
            titleWidth = Math.max(titleWidth, row.topic().title().length());
        }
        List<String> header = new ArrayList<>(LEVELS);
        header.add("total");
        header.add("share");
        String rowFormat = "%-" + idWidth + "s  %-" + titleWidth + "s"
                + header.stream()
                        .map(h -> "  %" + Math.max(h.length(), WHOLE.length()) + "s")
                        .collect(Collectors.joining())
                + "%n";
        List<Object> cells = new ArrayList<>(List.of("topic", "title"));
        cells.addAll(header);
        text.append(String.format(Locale.ROOT, rowFormat, cells.toArray()));
        for (BankFigures.TopicRow row : figures.topics()) {
            cells = new ArrayList<>(List.of(row.topic().id(), row.topic().title()));
            for (Difficulty level : Difficulty.values()) {
                cells.add(row.count(level));
            }
            cells.add(row.total());
            cells.add(percent(figures.share(row.total())));
            text.append(String.format(Locale.ROOT, rowFormat, cells.toArray()));
        }
        cells = new ArrayList<>(List.of("total", ""));
        for (Difficulty level : Difficulty.values()) {
            cells.add(figures.count(level));
        }
        cells.add(figures.questions());
        cells.add(figures.questions() == 0 ? percent(0) : WHOLE);
        text.append(String.format(Locale.ROOT, rowFormat, cells.toArray()));
    }

    private static void repeats(String what, List<BankFigures.Repeat> repeats, StringBuilder text) {
        text.append(what).append(": ").append(repeats.isEmpty() ? "none" : repeats.size());
        text.append(System.lineSeparator());
        repeats.forEach(r -> text.append("  \"")
                .append(r.text())
                .append("\": ")
                .append(String.join(", ", r.questionIds()))
                .append(System.lineSeparator()));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** "1-20, 22, 25-26". */
    private static String ranges(SortedSet<Integer> entries) {
        List<String> ranges = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int entry : entries) {
            if (previous != null && entry != previous + 1) {
                ranges.add(start.equals(previous) ? "" + start : start + "-" + previous);
                start = null;
            }
            if (start == null) {
                start = entry;
            }
            previous = entry;
        }
        ranges.add(start.equals(previous) ? "" + start : start + "-" + previous);
        return String.join(", ", ranges);
    }
}
