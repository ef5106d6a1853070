package dev.mlquiz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** What the adapters' tests check of a delivered picture: that its bytes are an image, and of which size. */
public final class Images {
    private Images() {}

    /** The width and height of the image the bytes hold; fails when they are not one ImageIO can read. */
    public static Dimension size(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("the bytes decode as an image").isNotNull();
            return new Dimension(image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
