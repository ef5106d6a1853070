package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A pack file parsed into a JSON tree that remembers the line of every value, keyed by JSON pointer
 * ("/questions/3/distractors/1"), so each validation message can point at the line to fix. Jackson's
 * own tree drops locations, hence this small reader over the streaming parser.
 */
final class PackDocument {
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<PackProblem> syntaxProblems;

    private PackDocument(JsonNode root, Map<String, Integer> lines, List<PackProblem> syntaxProblems) {
        this.root = root;
        this.lines = lines;
        this.syntaxProblems = syntaxProblems;
    }

    /** YAML unless the name ends in {@code .json}; a syntax error becomes a problem, never an exception. */
    static PackDocument parse(String file, String text) {
        boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
        Map<String, Integer> lines = new HashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new PackProblem(file, 0, Optional.empty(), "the file is empty"));
                return new PackDocument(NODES.missingNode(), lines, problems);
            }
            JsonNode root = new Reader(file, parser, lines, problems).read("");
            return new PackDocument(root, lines, problems);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String kind = json ? "JSON" : "YAML";
            problems.add(new PackProblem(file, line, Optional.empty(), kind + " syntax error: " + summary(e)));
            return new PackDocument(NODES.missingNode(), lines, problems);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory string cannot fail", e);
        }
    }

    /** The parser's own words without its multi-line source excerpts (indented lines). */
    private static String summary(StreamReadException e) {
        return e.getOriginalMessage()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
    }

    JsonNode root() {
        return root;
    }

    List<PackProblem> syntaxProblems() {
        return syntaxProblems;
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

    private static final class Reader {
        private final String file;
        private final JsonParser parser;
        private final Map<String, Integer> lines;
        private final List<PackProblem> problems;

        Reader(String file, JsonParser parser, Map<String, Integer> lines, List<PackProblem> problems) {
            this.file = file;
            this.parser = parser;
            this.lines = lines;
            this.problems = problems;
        }

        /** Reads the value at the current token; leaves the parser on its last token. */
        JsonNode read(String pointer) throws IOException {
            lines.put(pointer, parser.currentTokenLocation().getLineNr());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return readObject(pointer);
                case START_ARRAY:
                    return readArray(pointer);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // Kept as written: an option like "0.50" must not become "0.5".
                    return NODES.textNode(parser.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return NODES.textNode(parser.getText());
            }
        }

        private ObjectNode readObject(String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                String child = pointer + "/" + name;
                JsonNode value = read(child);
                if (object.has(name)) {
                    problems.add(new PackProblem(file, keyLine, Optional.empty(), "duplicate key '" + name + "'"));
                } else {
                    object.set(name, value);
                }
            }
            return object;
        }

        private ArrayNode readArray(String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(pointer + "/" + array.size()));
            }
            return array;
        }
    }
}
