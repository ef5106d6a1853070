package dev.mlquiz.core.round;

/** Channel rounds and questions of the day score on leaderboards; practice never does. */
public enum RoundKind {
    ASK,
    DAILY,
    PRACTICE;

    public boolean ranked() {
        return this != PRACTICE;
    }
}
