package dev.mlquiz.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public enum Difficulty {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String id;

    Difficulty(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Difficulty> parse(String text) {
        String wanted = Names.normalize(text);
        return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Difficulty::id).collect(Collectors.toList());
    }
}
