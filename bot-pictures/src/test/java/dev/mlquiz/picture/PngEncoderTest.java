package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.text.Catalog;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void a_decoded_card_has_exactly_the_pixels_drawn_transparency_included() {
        BufferedImage drawn = Painter.image(new StatsCard(Catalog.english()).stats(ExampleViews.stats()));

        BufferedImage decoded = GoldenImages.decode(PngEncoder.encode(drawn));

        assertThat(decoded.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(drawn.getHeight());
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                if (decoded.getRGB(x, y) != drawn.getRGB(x, y)) {
                    assertThat(Integer.toHexString(decoded.getRGB(x, y)))
                            .as("pixel " + x + "," + y)
                            .isEqualTo(Integer.toHexString(drawn.getRGB(x, y)));
                }
            }
        }
    }

    @Test
    void an_image_of_another_type_is_refused() {
        BufferedImage rgb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> PngEncoder.encode(rgb))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ARGB");
    }
}
