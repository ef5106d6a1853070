package dev.mlquiz.core.command;

import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
import java.util.Objects;
import java.util.Optional;

/** An optional topic and level restricting which questions a round may draw. */
public record Filter(Optional<Topic> topic, Optional<Difficulty> level) {
    public static final Filter ANY = new Filter(Optional.empty(), Optional.empty());

    public Filter {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(level, "level");
    }

    public boolean test(Question question) {
        return topic.map(t -> t == question.topic()).orElse(true)
                && level.map(l -> l == question.difficulty()).orElse(true);
    }

    /** "llms-nlp, advanced", or "any topic". */
    public String describe() {
        if (topic.isEmpty() && level.isEmpty()) {
            return "any topic";
        }
        StringBuilder text = new StringBuilder();
        topic.ifPresent(t -> text.append(t.id()));
        level.ifPresent(l -> text.append(text.length() > 0 ? ", " : "").append(l.id()));
        return text.toString();
    }
}
