package dev.mlquiz.core.identity;

import java.util.Objects;

/** A player and the name to show for them; the name may change, the id never does. */
public record Player(PlayerId id, String displayName) {
    public static final int NAME_MAX = 80;

    public Player {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        displayName = displayName.strip();
        if (displayName.isEmpty()) {
            displayName = id.value();
        }
        if (displayName.length() > NAME_MAX) {
            displayName = displayName.substring(0, NAME_MAX - 1) + "…";
        }
    }
}
