package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares a card with a committed PNG, pixel by pixel with a small tolerance (antialiasing may differ by a
 * shade between Java versions); with {@code -Dpictures.regenerate=true} writes the card there instead.
 */
final class GoldenImages {
    static final boolean REGENERATE = Boolean.getBoolean("pictures.regenerate");
    /** A channel (alpha, red, green, blue) may differ by this much before its pixel counts as changed. */
    static final int CHANNEL_TOLERANCE = 24;
    /** The share of changed pixels allowed. */
    static final double CHANGED_SHARE = 0.002;

    private GoldenImages() {}

    static void assertMatches(Png card, Path golden) {
        if (REGENERATE) {
            try {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.write(golden, card.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(golden)
                .as("run with -Dpictures.regenerate=true to create it")
                .exists();
        BufferedImage expected = read(golden);
        BufferedImage actual = decode(card.bytes());
        assertThat(actual.getWidth()).as("width of " + golden).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height of " + golden).isEqualTo(expected.getHeight());
        long allowed = Math.round(CHANGED_SHARE * expected.getWidth() * expected.getHeight());
        assertThat(changedPixels(expected, actual))
                .as("pixels changed against " + golden + " (regenerate with -Dpictures.regenerate=true if meant)")
                .isLessThanOrEqualTo(allowed);
    }

    static long changedPixels(BufferedImage expected, BufferedImage actual) {
        long changed = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (!close(expected.getRGB(x, y), actual.getRGB(x, y))) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)) > CHANNEL_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a readable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
