package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Collectors;

/** Reads a JSON pack into a tree with Jackson's streaming parser (its own tree drops locations). */
final class JsonTree {
    /**
     * Jackson's length limits raised to the file limit: a 1,500-digit number or a huge name is then
     * plain text that validation reports by field ("'answer' is 1500 characters long"). Nesting stays
     * at Jackson's default, above {@link PackLimits#NESTING_MAX}, which is checked first.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(PackLimits.FILE_BYTES_MAX)
                    .maxNameLength(PackLimits.FILE_BYTES_MAX)
                    .maxStringLength(PackLimits.FILE_BYTES_MAX)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final DocumentBuilder builder;

    private JsonTree(JsonParser parser, DocumentBuilder builder) {
        this.parser = parser;
        this.builder = builder;
    }

    static JsonNode read(String text, DocumentBuilder builder) {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            JsonNode root = new JsonTree(parser, builder).value("", 1);
            if (parser.nextToken() != null) {
                throw new UnreadablePack(
                        line(parser.currentTokenLocation()),
                        "a second JSON value starts here; a pack file holds one pack");
            }
            return root;
        } catch (JacksonException e) {
            throw new UnreadablePack(line(e.getLocation()), "JSON syntax error: " + summary(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UnreadablePack(0, "could not read pack: " + summary(e.getMessage()));
        }
    }

    /** Reads the value at the current token; leaves the parser on its last token. */
    private JsonNode value(String pointer, int depth) throws IOException {
        int line = line(parser.currentTokenLocation());
        builder.value(pointer, line);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                builder.nested(depth, line);
                return object(pointer, depth);
            case START_ARRAY:
                builder.nested(depth, line);
                return array(pointer, depth);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // Numbers too are kept as written: an option like "0.50" must not become "0.5".
                return NODES.textNode(parser.getText());
        }
    }

    private ObjectNode object(String pointer, int depth) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int keyLine = line(parser.currentTokenLocation());
            parser.nextToken();
            JsonNode value = value(pointer + "/" + name, depth + 1);
            if (object.has(name)) {
                builder.problem(keyLine, "duplicate key '" + Excerpt.of(name) + "'");
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private ArrayNode array(String pointer, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(pointer + "/" + array.size(), depth + 1));
        }
        return array;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** The parser's own words without its multi-line source excerpts (indented lines). */
    private static String summary(String message) {
        String summary = message == null
                ? ""
                : message.lines()
                        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                        .map(String::strip)
                        .collect(Collectors.joining("; "));
        return summary.isEmpty() ? "no details given" : summary;
    }
}
