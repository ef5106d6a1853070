package dev.mlquiz.core.view;

import java.util.Objects;
import java.util.Optional;

/** A view and who should see it. */
/** What a command answers: a view for the channel or for the asker alone, and sometimes a file with it. */
public record Reply(Audience audience, View view, Optional<Attachment> attachment) {
    public Reply {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(attachment, "attachment");
    }

    public Reply(Audience audience, View view) {
        this(audience, view, Optional.empty());
    }

    /** A private reply with a file. */
    public static Reply privately(View view, Attachment attachment) {
        return new Reply(Audience.PRIVATE, view, Optional.of(attachment));
    }

    public static Reply toChannel(View view) {
        return new Reply(Audience.CHANNEL, view);
    }

    public static Reply privately(View view) {
        return new Reply(Audience.PRIVATE, view);
    }
}
