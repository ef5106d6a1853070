package dev.mlquiz.questions;

import java.util.List;
import java.util.Objects;

/**
 * A named set of questions loaded from one file; {@code origin} says where it was read from. {@code topics}
 * are the topics it declares, which any pack's questions may use.
 */
public record Pack(
        String id,
        String title,
        String description,
        List<Topic> topics,
        String origin,
        List<SourceDocument> sources,
        List<Question> questions) {
    public Pack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        topics = List.copyOf(topics);
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
    }
}
