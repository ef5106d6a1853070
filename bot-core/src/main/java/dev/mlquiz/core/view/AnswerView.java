package dev.mlquiz.core.view;

import dev.mlquiz.core.answer.AnswerOutcome;
import java.util.Objects;

/** The private reply to an answer: confirmation, feedback (practice) or refusal. */
public record AnswerView(AnswerOutcome outcome) implements View {
    public AnswerView {
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.answer(this);
    }
}
