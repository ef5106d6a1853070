package dev.mlquiz.core.telemetry;

import dev.mlquiz.core.round.RoundKind;

/**
 * What the game did, told to whoever counts it (the launcher's metrics). The core's own port, so that it
 * depends on no metrics library. Called on the threads that did the work: implementations must be quick
 * and thread-safe.
 */
public interface QuizEvents {

    /** A round was opened: an asked question, a practice question or a question of the day. */
    void roundOpened(RoundKind kind);

    /** An answer was recorded (a refused or repeated click is not). */
    void answerRecorded(RoundKind kind);

    /** A channel round was closed and its reveal shown. */
    void roundRevealed(RoundKind kind);

    /** Counts nothing: for a {@code Quiz} nobody watches. */
    QuizEvents NONE = new QuizEvents() {
        @Override
        public void roundOpened(RoundKind kind) {}

        @Override
        public void answerRecorded(RoundKind kind) {}

        @Override
        public void roundRevealed(RoundKind kind) {}
    };
}
