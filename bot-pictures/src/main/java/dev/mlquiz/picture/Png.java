package dev.mlquiz.picture;

import java.util.Objects;

/** A drawn card: PNG bytes with the file name to upload them under and their size in pixels. */
public record Png(String fileName, byte[] bytes, int width, int height) {
    public Png {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}\\.png")) {
            throw new IllegalArgumentException(
                    "a picture's name is letters, digits, dots, dashes and .png: " + fileName);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture has a size: " + width + "x" + height);
        }
    }
}
