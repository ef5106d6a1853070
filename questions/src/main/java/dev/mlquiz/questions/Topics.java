package dev.mlquiz.questions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topics of one question bank, in the order their packs declare them. */
public final class Topics {
    private final List<Topic> all;
    private final Map<String, Topic> byId = new LinkedHashMap<>();

    public Topics(List<Topic> topics) {
        this.all = List.copyOf(topics);
        for (Topic topic : all) {
            if (byId.putIfAbsent(topic.id(), topic) != null) {
                throw new IllegalArgumentException("topic " + topic.id() + " is listed twice");
            }
        }
    }

    public List<Topic> all() {
        return all;
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Topic> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Accepts the id, case-insensitively, and a few forgiving spellings ("llms_nlp", "LLMS NLP"). */
    public Optional<Topic> parse(String text) {
        return get(idOf(text));
    }

    /** The declared topic, or {@link Topic#undeclared} for an id no pack of this bank declares. */
    public Topic displayed(String id) {
        return get(id).orElseGet(() -> Topic.undeclared(id));
    }

    /** Declared topics in declared order, then undeclared ids alphabetically. */
    public Comparator<String> declaredOrder() {
        List<String> ids = ids();
        return Comparator.<String>comparingInt(id -> byId.containsKey(id) ? ids.indexOf(id) : ids.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** What a person typed, in the kebab-case form of topic ids. */
    public static String idOf(String text) {
        return Names.normalize(text);
    }

    @Override
    public String toString() {
        return "Topics" + ids();
    }
}
