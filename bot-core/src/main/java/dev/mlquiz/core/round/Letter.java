package dev.mlquiz.core.round;

import java.util.Locale;
import java.util.Optional;

/** The label of an option as players see it. */
public enum Letter {
    A,
    B,
    C,
    D;

    public static Optional<Letter> parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (Letter letter : values()) {
            if (letter.name().equals(wanted)) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }

    public static Letter at(int position) {
        return values()[position];
    }
}
