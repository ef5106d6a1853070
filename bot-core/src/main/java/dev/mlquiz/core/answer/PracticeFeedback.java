package dev.mlquiz.core.answer;

import dev.mlquiz.core.round.Letter;
import java.util.Objects;
import java.util.Optional;

/** Immediate feedback on a practice answer; {@code questionId} is shown so a player can report it. */
public record PracticeFeedback(
        boolean correct,
        Letter chosen,
        Letter correctLetter,
        String correctText,
        String explanation,
        Optional<String> tip,
        String questionId) {
    public PracticeFeedback {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(correctLetter, "correctLetter");
        Objects.requireNonNull(correctText, "correctText");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(questionId, "questionId");
    }
}
