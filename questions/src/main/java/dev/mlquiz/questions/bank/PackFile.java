package dev.mlquiz.questions.bank;

import java.util.Objects;

/** The text of one pack and the name it is reported under (a path or a classpath resource). */
public record PackFile(String name, String text) {
    public PackFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
