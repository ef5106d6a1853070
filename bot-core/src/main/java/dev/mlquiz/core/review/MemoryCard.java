package dev.mlquiz.core.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One player's memory of one question, as FSRS models it: how long it lasts ({@code stability}, in days:
 * the time for the chance of recall to fall to 90 %), how hard it is ({@code difficulty}, 1 to 10), and
 * when it is next due. A new card has neither yet; they come with its first review.
 *
 * @param step the index of the current learning or relearning step; empty in review
 */
public record MemoryCard(
        MemoryState state,
        Optional<Integer> step,
        Optional<Double> stability,
        Optional<Double> difficulty,
        Instant due,
        Optional<Instant> lastReview) {

    public MemoryCard {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(stability, "stability");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if ((state == MemoryState.REVIEW) == step.isPresent()) {
            throw new IllegalArgumentException("a card has a step exactly while it is learned or relearned");
        }
        if (stability.isPresent() != difficulty.isPresent() || stability.isPresent() != lastReview.isPresent()) {
            throw new IllegalArgumentException("stability, difficulty and the last review come together");
        }
    }

    /** A card never reviewed, due at once. */
    public static MemoryCard fresh(Instant now) {
        return new MemoryCard(
                MemoryState.LEARNING, Optional.of(0), Optional.empty(), Optional.empty(), now, Optional.empty());
    }
}
