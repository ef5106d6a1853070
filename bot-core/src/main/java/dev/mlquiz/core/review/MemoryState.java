package dev.mlquiz.core.review;

/**
 * Where a memory card is in FSRS's schedule: still being learned (short steps of minutes), in review
 * (intervals of days), or being relearned after a lapse.
 */
public enum MemoryState {
    LEARNING,
    REVIEW,
    RELEARNING
}
