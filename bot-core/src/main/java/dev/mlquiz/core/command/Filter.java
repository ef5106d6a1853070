package dev.mlquiz.core.command;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import java.util.Objects;
import java.util.Optional;

/** An optional topic (by id) and level restricting which questions a round may draw. */
public record Filter(Optional<String> topicId, Optional<Difficulty> level) {
    public static final Filter ANY = new Filter(Optional.empty(), Optional.empty());

    public Filter {
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(level, "level");
    }

    public boolean test(Question question) {
        return topicId.map(t -> t.equals(question.topicId())).orElse(true)
                && level.map(l -> l == question.difficulty()).orElse(true);
    }

    /** "llms-nlp, advanced", or "any topic". */
    public String describe() {
        if (topicId.isEmpty() && level.isEmpty()) {
            return "any topic";
        }
        StringBuilder text = new StringBuilder();
        topicId.ifPresent(text::append);
        level.ifPresent(l -> text.append(text.length() > 0 ? ", " : "").append(l.id()));
        return text.toString();
    }
}
