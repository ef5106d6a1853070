package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pack file parsed into a JSON tree that remembers the line of every value, keyed by JSON pointer
 * ("/questions/3/distractors/1"), so each validation message can point at the line to fix. Reading
 * never throws: whatever stops it (a syntax error, a limit) becomes a problem.
 */
final class PackDocument {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<PackProblem> readingProblems;

    PackDocument(JsonNode root, Map<String, Integer> lines, List<PackProblem> readingProblems) {
        this.root = root;
        this.lines = Map.copyOf(lines);
        this.readingProblems = List.copyOf(readingProblems);
    }

    /** YAML unless the name ends in {@code .json}. */
    static PackDocument parse(String file, String text) {
        String content = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        DocumentBuilder builder = new DocumentBuilder(file);
        try {
            if (content.length() > PackLimits.FILE_BYTES_MAX) {
                throw new UnreadablePack(
                        0,
                        String.format(
                                Locale.ROOT,
                                "the pack is %,d characters long; the limit is %,d",
                                content.length(),
                                PackLimits.FILE_BYTES_MAX));
            }
            if (content.isBlank()) {
                throw new UnreadablePack(0, "the file is empty");
            }
            boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
            return builder.document(json ? JsonTree.read(content, builder) : YamlTree.read(content, builder));
        } catch (UnreadablePack e) {
            builder.problem(e.line(), e.getMessage());
            return builder.document(MissingNode.getInstance());
        }
    }

    JsonNode root() {
        return root;
    }

    /** Problems found while reading; with a missing root, reading stopped at the last of them. */
    List<PackProblem> readingProblems() {
        return readingProblems;
    }

    /** The line of the value at {@code pointer}, or of its nearest parent that has one. */
    int lineOf(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
