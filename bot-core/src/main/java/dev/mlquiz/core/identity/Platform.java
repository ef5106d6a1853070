package dev.mlquiz.core.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Platform {
    DISCORD("discord"),
    SLACK("slack"),
    CONSOLE("console");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Platform> fromKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(wanted)).findFirst();
    }
}
