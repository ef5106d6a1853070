package dev.mlquiz.core.view;

import java.util.Objects;

/** A view and who should see it. */
public record Reply(Audience audience, View view) {
    public Reply {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(view, "view");
    }

    public static Reply toChannel(View view) {
        return new Reply(Audience.CHANNEL, view);
    }

    public static Reply privately(View view) {
        return new Reply(Audience.PRIVATE, view);
    }
}
