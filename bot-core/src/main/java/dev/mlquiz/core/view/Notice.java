package dev.mlquiz.core.view;

import java.util.Objects;

/** A one-line message: a confirmation, or a clear refusal that says what to do instead. */
public record Notice(Tone tone, String text) implements View {
    public enum Tone {
        INFO,
        ERROR
    }

    public Notice {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(Tone.INFO, text);
    }

    public static Notice error(String text) {
        return new Notice(Tone.ERROR, text);
    }

    /** A click whose answer could not be stored: nothing was recorded, so clicking again is safe. */
    public static Notice answerNotSaved() {
        return error("Your answer was not saved because of a problem on our side; please click again.");
    }

    /** Turned away while the bot stops: nothing was done, so asking again after the restart is safe. */
    public static Notice restarting() {
        return error("mlquiz is restarting; please try again in a minute.");
    }

    /** Turned away because the bot has no room to take the request now. */
    public static Notice busy() {
        return error("mlquiz is busy right now; please try again in a moment.");
    }

    /** Anything else that failed on our side, said the same way on every platform. */
    public static Notice failedOnOurSide() {
        return error("Something went wrong on our side; please try again.");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.notice(this);
    }
}
