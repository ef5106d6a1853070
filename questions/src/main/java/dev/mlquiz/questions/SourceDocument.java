package dev.mlquiz.questions;

import java.util.Objects;

/** A document a pack's questions were written from; questions cite entries of it as {@code id#n}. */
public record SourceDocument(String id, String title) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (id.isBlank()) {
            throw new IllegalArgumentException("source document id is blank");
        }
    }
}
