package dev.mlquiz.core.view;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A question as posted: prompt, lettered options, and when answers stop (practice: no deadline shown). */
public record QuestionCard(
        RoundId round,
        RoundKind kind,
        String prompt,
        List<OptionLine> options,
        Topic topic,
        Difficulty difficulty,
        int points,
        Instant closesAt,
        int answerCount)
        implements View {
    public QuestionCard {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(closesAt, "closesAt");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.questionCard(this);
    }
}
