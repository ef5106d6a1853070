package dev.mlquiz.questions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One multiple-choice question: a single correct answer and exactly three distractors. Instances are
 * only built from validated packs, so the constructor guards invariants rather than explaining them.
 * {@code topicId} names a topic some pack of the bank declares (see {@code QuestionBank#topics()}).
 */
public record Question(
        String id,
        String packId,
        String topicId,
        Difficulty difficulty,
        String prompt,
        String answer,
        List<String> distractors,
        String explanation,
        Optional<String> tip,
        List<String> sources) {

    public static final int DISTRACTOR_COUNT = 3;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(tip, "tip");
        distractors = List.copyOf(distractors);
        sources = List.copyOf(sources);
        if (distractors.size() != DISTRACTOR_COUNT) {
            throw new IllegalArgumentException(
                    "question " + id + " has " + distractors.size() + " distractors, not " + DISTRACTOR_COUNT);
        }
    }

    /** The answer followed by the distractors: index 0 is always the correct option. */
    public List<String> options() {
        return List.of(answer, distractors.get(0), distractors.get(1), distractors.get(2));
    }
}
