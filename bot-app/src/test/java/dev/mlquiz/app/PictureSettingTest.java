package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void the_launcher_says_so_in_one_line_and_exits_1(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(
                Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString(), "MLQUIZ_PICTURES", "sometimes"),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                ShutdownSignal::new);

        assertThat(main.run(List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: MLQUIZ_PICTURES must be on or off, not 'sometimes'\n");
        assertThat(dir.resolve("quiz.db")).doesNotExist();
    }
}
