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

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.notice(this);
    }
}
