package dev.mlquiz.questions;

import java.util.Objects;
import java.util.Optional;

/**
 * A subject questions belong to, declared by a pack (see {@link Topics}); questions, answers and
 * settings refer to it by {@link #id()}.
 */
public record Topic(String id, String title, Optional<String> description) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /**
     * How an id that no loaded pack declares is shown: answers kept under the topic of a pack that
     * was removed still count, titled by their id.
     */
    public static Topic undeclared(String id) {
        return new Topic(id, id, Optional.empty());
    }
}
