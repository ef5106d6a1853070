package dev.mlquiz.core.view;

import dev.mlquiz.core.round.Letter;
import java.util.Objects;

public record OptionLine(Letter letter, String text) {
    public OptionLine {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
    }
}
