package dev.mlquiz.slack;

/** The app could not start, for a reason the operator can fix (a bad or missing token). */
public final class SlackStartException extends Exception {
    public SlackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
