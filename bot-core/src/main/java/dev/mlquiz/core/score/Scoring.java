package dev.mlquiz.core.score;

import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;

/** The scoring rules, stated once: they also feed the help text. */
public final class Scoring {
    private Scoring() {}

    public static int pointsFor(Difficulty difficulty) {
        switch (difficulty) {
            case BEGINNER:
                return 1;
            case INTERMEDIATE:
                return 2;
            case ADVANCED:
                return 3;
            default:
                throw new AssertionError(difficulty);
        }
    }

    public static int pointsFor(RoundKind kind, Difficulty difficulty, boolean correct) {
        return correct && kind.ranked() ? pointsFor(difficulty) : 0;
    }
}
