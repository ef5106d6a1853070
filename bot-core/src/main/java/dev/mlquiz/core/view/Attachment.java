package dev.mlquiz.core.view;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file that goes with a reply (an export), for the platform to deliver its own way. */
public record Attachment(String fileName, String content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException(
                    "an attachment's name is 1-100 letters, digits, dots, dashes: " + fileName);
        }
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
