package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the JSON and YAML readers record besides the tree: the line of every value, the problems that
 * do not stop reading, and the nesting and size limits that do.
 */
final class DocumentBuilder {
    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<PackProblem> problems = new ArrayList<>();
    private int values;

    DocumentBuilder(String file) {
        this.file = file;
    }

    /** A value read at {@code line}, to be found again by its JSON pointer. */
    void value(String pointer, int line) {
        lines.put(pointer, line);
        values++;
        if (values > PackLimits.VALUES_MAX) {
            throw new UnreadablePack(
                    line,
                    "the pack holds more than " + String.format(Locale.ROOT, "%,d", PackLimits.VALUES_MAX)
                            + " values; split it into smaller packs");
        }
    }

    /** An alias at {@code line} repeating {@code count} values read earlier under its anchor. */
    void repeat(String pointer, int line, String anchor, int count) {
        lines.put(pointer, line);
        values += count;
        if (values > PackLimits.VALUES_MAX) {
            throw new UnreadablePack(
                    line,
                    "alias '*" + Excerpt.of(anchor) + "' takes the pack past "
                            + String.format(Locale.ROOT, "%,d", PackLimits.VALUES_MAX)
                            + " values (each use of an alias counts every value it repeats)");
        }
    }

    /** A merge key ({@code <<}) at {@code line} brought in the field at {@code pointer}. */
    void merged(String pointer, int line) {
        lines.put(pointer, line);
    }

    /** Entering a list or mapping {@code depth} levels deep (the top-level value is level 1). */
    void nested(int depth, int line) {
        if (depth > PackLimits.NESTING_MAX) {
            throw new UnreadablePack(
                    line,
                    "lists and mappings are nested more than " + PackLimits.NESTING_MAX
                            + " levels deep here; a pack needs 4");
        }
    }

    int values() {
        return values;
    }

    void problem(int line, String message) {
        problems.add(new PackProblem(file, line, Optional.empty(), message));
    }

    PackDocument document(JsonNode root) {
        return new PackDocument(root, lines, problems);
    }
}
