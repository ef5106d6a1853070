package dev.mlquiz.core.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shared checks for the platform-assigned parts of identities (snowflakes, Slack ids, console names). */
final class Ids {
    /**
     * Colons and slashes are reserved: they separate the parts of a storage key. Letters and digits of any
     * script are allowed, since a console player's id is their name ("josé").
     */
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}._@+-]{1,100}");

    private Ids() {}

    static String part(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!PART.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' must be 1-100 letters, digits or ._@+-");
        }
        return value;
    }
}
