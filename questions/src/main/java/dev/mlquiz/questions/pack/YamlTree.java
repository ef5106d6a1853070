package dev.mlquiz.questions.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML pack into a tree from SnakeYAML's events, resolving anchors ({@code &name}), aliases
 * ({@code *name}) and merge keys ({@code <<: *name}). An alias shares the anchored value rather than
 * copying it, and counts every value it repeats against {@link PackLimits#VALUES_MAX}, so an alias
 * bomb is refused early; problems inside a repeated value point at the line that repeats it.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The YAML 1.1 spellings of true that SnakeYAML's resolver accepts as booleans. */
    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private final Parser parser;
    private final DocumentBuilder builder;
    private final Resolver resolver = new Resolver();
    private final Map<String, Anchored> anchors = new HashMap<>();
    /** Anchors whose value is still being read: an alias to one would contain itself. */
    private final Set<String> open = new HashSet<>();

    private record Anchored(JsonNode node, int values) {}

    private record Merge(JsonNode node, int line) {}

    private YamlTree(Parser parser, DocumentBuilder builder) {
        this.parser = parser;
        this.builder = builder;
    }

    static JsonNode read(String text, DocumentBuilder builder) {
        refuseUnprintable(text);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(PackLimits.FILE_BYTES_MAX);
        try {
            return new YamlTree(new ParserImpl(new StreamReader(text), options), builder).document();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getContext() == null ? e.getProblem() : e.getContext() + "; " + e.getProblem();
            throw new UnreadablePack(lineOf(mark, text), "YAML syntax error: " + what);
        } catch (YAMLException e) {
            throw new UnreadablePack(0, "YAML syntax error: " + e.getMessage());
        }
    }

    /** Control characters and the like, named with their line rather than SnakeYAML's offset. */
    private static void refuseUnprintable(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                throw new UnreadablePack(
                        lineAt(text, i),
                        String.format(Locale.ROOT, "the character U+%04X is not allowed in a YAML file", c));
            }
        }
    }

    private JsonNode document() {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            throw new UnreadablePack(0, "the file holds only comments, no pack");
        }
        parser.getEvent(); // document start
        JsonNode root = value(parser.getEvent(), "", 1);
        parser.getEvent(); // document end
        if (parser.checkEvent(Event.ID.DocumentStart)) {
            throw new UnreadablePack(
                    line(parser.peekEvent()), "a second YAML document starts here; a pack file holds one pack");
        }
        return root;
    }

    private JsonNode value(Event event, String pointer, int depth) {
        int line = line(event);
        if (event instanceof AliasEvent) {
            return aliased(((AliasEvent) event).getAnchor(), pointer, line);
        }
        builder.value(pointer, line);
        int valuesBefore = builder.values();
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            open.add(anchor);
        }
        JsonNode node;
        switch (event.getEventId()) {
            case MappingStart:
                builder.nested(depth, line);
                node = mapping(pointer, depth);
                break;
            case SequenceStart:
                builder.nested(depth, line);
                node = sequence(pointer, depth);
                break;
            default:
                node = scalar((ScalarEvent) event);
        }
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, new Anchored(node, builder.values() - valuesBefore + 1));
        }
        return node;
    }

    private JsonNode aliased(String anchor, String pointer, int line) {
        Anchored anchored = anchored(anchor, line);
        builder.repeat(pointer, line, anchor, anchored.values());
        return anchored.node();
    }

    private Anchored anchored(String anchor, int line) {
        Anchored anchored = anchors.get(anchor);
        if (anchored != null) {
            return anchored;
        }
        String name = Excerpt.of(anchor);
        throw new UnreadablePack(
                line,
                open.contains(anchor)
                        ? "alias '*" + name + "' is inside the value it repeats ('&" + name
                                + "'), which would repeat itself forever"
                        : "alias '*" + name + "' repeats no anchor: mark a value above it with '&" + name + "'");
    }

    /** Booleans and nulls as YAML 1.1 resolves them; everything else as written, numbers included. */
    private JsonNode scalar(ScalarEvent event) {
        String value = event.getValue();
        if (event.getTag() != null && !"!".equals(event.getTag())) {
            return NODES.textNode(value);
        }
        Tag tag = resolver.resolve(NodeId.scalar, value, event.getImplicit().canOmitTagInPlainScalar());
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return NODES.booleanNode(TRUE.contains(value.toLowerCase(Locale.ROOT)));
        }
        return NODES.textNode(value);
    }

    private ArrayNode sequence(String pointer, int depth) {
        ArrayNode array = NODES.arrayNode();
        for (Event item = parser.getEvent(); !item.is(Event.ID.SequenceEnd); item = parser.getEvent()) {
            array.add(value(item, pointer + "/" + array.size(), depth + 1));
        }
        return array;
    }

    private ObjectNode mapping(String pointer, int depth) {
        ObjectNode object = NODES.objectNode();
        List<Merge> merges = new ArrayList<>();
        for (Event key = parser.getEvent(); !key.is(Event.ID.MappingEnd); key = parser.getEvent()) {
            int keyLine = line(key);
            String name = key(key);
            if (isMergeKey(key)) {
                merges.add(new Merge(value(parser.getEvent(), pointer + "/<<", depth + 1), keyLine));
                continue;
            }
            JsonNode value = value(parser.getEvent(), pointer + "/" + name, depth + 1);
            if (object.has(name)) {
                builder.problem(keyLine, "duplicate key '" + Excerpt.of(name) + "'");
            } else {
                object.set(name, value);
            }
        }
        merges.forEach(merge -> merge(object, pointer, merge));
        return object;
    }

    private String key(Event key) {
        if (key instanceof ScalarEvent) {
            return ((ScalarEvent) key).getValue();
        }
        if (key instanceof AliasEvent) {
            JsonNode anchored =
                    anchored(((AliasEvent) key).getAnchor(), line(key)).node();
            if (anchored.isValueNode()) {
                return anchored.asText();
            }
        }
        throw new UnreadablePack(line(key), "a key must be a name, not a list or a mapping");
    }

    private boolean isMergeKey(Event key) {
        return key instanceof ScalarEvent
                && Tag.MERGE.equals(resolver.resolve(
                        NodeId.scalar,
                        ((ScalarEvent) key).getValue(),
                        ((ScalarEvent) key).getImplicit().canOmitTagInPlainScalar()));
    }

    /** YAML's merge: keys written in the mapping win, then earlier merged mappings over later ones. */
    private void merge(ObjectNode object, String pointer, Merge merge) {
        List<JsonNode> sources = new ArrayList<>();
        if (merge.node().isArray()) {
            merge.node().forEach(sources::add);
        } else {
            sources.add(merge.node());
        }
        for (JsonNode source : sources) {
            if (!source.isObject()) {
                builder.problem(
                        merge.line(),
                        "'<<' merges mappings: its value must be a mapping, an alias of one, or a list of them");
                return;
            }
            for (Map.Entry<String, JsonNode> field : source.properties()) {
                if (!object.has(field.getKey())) {
                    object.set(field.getKey(), field.getValue());
                    builder.merged(pointer + "/" + field.getKey(), merge.line());
                }
            }
        }
    }

    private static int line(Event event) {
        return event.getStartMark().getLine() + 1;
    }

    /** A syntax error at the very end of the text is reported on its last line, not the one after. */
    private static int lineOf(Mark mark, String text) {
        return mark == null ? 0 : Math.min(mark.getLine() + 1, lineAt(text, text.length()));
    }

    /** The 1-based line holding {@code index}; a final line break does not start another line. */
    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
