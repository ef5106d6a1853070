package dev.mlquiz.core.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/** A player and the name to show for them; the name may change, the id never does. */
public record Player(PlayerId id, String displayName) {
    public static final int NAME_MAX = 80;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public Player {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        displayName = printable(displayName).strip();
        if (displayName.isEmpty()) {
            displayName = id.value();
        }
        if (displayName.length() > NAME_MAX) {
            displayName = displayName.substring(0, NAME_MAX - 1) + "…";
        }
    }

    /** A name without control characters: they are no part of one, and PostgreSQL refuses a NUL in text. */
    public static String printable(String name) {
        return CONTROL.matcher(name).replaceAll("");
    }
}
