package dev.mlquiz.questions;

import java.util.List;
import java.util.Objects;

/** A named set of questions loaded from one file; {@code origin} says where it was read from. */
public record Pack(
        String id,
        String title,
        String description,
        String origin,
        List<SourceDocument> sources,
        List<Question> questions) {
    public Pack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
    }
}
