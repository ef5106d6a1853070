package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
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

    /** "llms-nlp, advanced", "llms-nlp", or "any topic". */
    public Text description() {
        if (topicId.isPresent() && level.isPresent()) {
            return Text.of(Msg.PAIR, topicId.get(), level.get().id());
        }
        return topicId.or(() -> level.map(Difficulty::id)).map(Text::literal).orElseGet(() -> Text.of(Msg.FILTER_ANY));
    }
}
