package dev.mlquiz.core.view;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.Objects;

/** A one-line message: a confirmation, or a clear refusal that says what to do instead. */
public record Notice(Tone tone, Text message) implements View {
    public enum Tone {
        INFO,
        ERROR
    }

    public Notice {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(message, "message");
    }

    public static Notice info(Text message) {
        return new Notice(Tone.INFO, message);
    }

    public static Notice error(Text message) {
        return new Notice(Tone.ERROR, message);
    }

    /** A click whose answer could not be stored: nothing was recorded, so clicking again is safe. */
    public static Notice answerNotSaved() {
        return error(Text.of(Msg.NOTICE_ANSWER_NOT_SAVED));
    }

    /** Turned away while the bot stops: nothing was done, so asking again after the restart is safe. */
    public static Notice restarting() {
        return error(Text.of(Msg.NOTICE_RESTARTING));
    }

    /** Turned away because the bot has no room to take the request now. */
    public static Notice busy() {
        return error(Text.of(Msg.NOTICE_BUSY));
    }

    /** Anything else that failed on our side, said the same way on every platform. */
    public static Notice failedOnOurSide() {
        return error(Text.of(Msg.NOTICE_FAILED_ON_OUR_SIDE));
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.notice(this);
    }
}
