package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code MLQUIZ_PICTURES}: picture cards unless an operator wants text alone. */
class PictureSettingTest {
    @Test
    void pictures_are_on_unless_switched_off() {
        assertThat(PictureSetting.pictures(Map.of())).isPresent();
        assertThat(PictureSetting.pictures(Map.of("MLQUIZ_PICTURES", "on"))).isPresent();
        assertThat(PictureSetting.pictures(Map.of("MLQUIZ_PICTURES", " OFF "))).isEmpty();
        assertThat(PictureSetting.pictures(Map.of("MLQUIZ_PICTURES", "off"))).isEmpty();
    }

    @Test
    void another_value_is_refused_naming_the_two_that_work() {
        assertThatThrownBy(() -> PictureSetting.pictures(Map.of("MLQUIZ_PICTURES", "no")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MLQUIZ_PICTURES must be on or off, not 'no'");
    }
}
