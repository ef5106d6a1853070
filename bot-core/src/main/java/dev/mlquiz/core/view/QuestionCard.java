package dev.mlquiz.core.view;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question as posted: prompt, lettered options, and when answers stop (practice: no deadline shown);
 * {@code note}: a line to show with it, such as that its filter holds only a few questions.
 */
public record QuestionCard(
        RoundId round,
        RoundKind kind,
        String prompt,
        List<OptionLine> options,
        Topic topic,
        Difficulty difficulty,
        int points,
        Instant closesAt,
        int answerCount,
        Optional<String> note)
        implements View {
    /** A card with nothing to add below the question. */
    public QuestionCard(
            RoundId round,
            RoundKind kind,
            String prompt,
            List<OptionLine> options,
            Topic topic,
            Difficulty difficulty,
            int points,
            Instant closesAt,
            int answerCount) {
        this(round, kind, prompt, options, topic, difficulty, points, closesAt, answerCount, Optional.empty());
    }

    public QuestionCard {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.questionCard(this);
    }
}
