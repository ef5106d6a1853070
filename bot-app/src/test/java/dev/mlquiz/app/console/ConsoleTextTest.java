package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {
    @Test
    void escape_sequences_show_as_text_and_cannot_act_on_the_terminal() {
        assertThat(ConsoleText.printable("\u001B[2J\u001B]0;pwned\u0007")).isEqualTo("^[[2J^[]0;pwned^G");
    }

    @Test
    void other_controls_show_as_carets_or_a_replacement_character() {
        assertThat(ConsoleText.printable("a\tb\rc\u007Fd\u009B2Je")).isEqualTo("a^Ib^Mc^?d\uFFFD2Je");
    }

    @Test
    void bidirectional_overrides_cannot_reorder_what_is_shown() {
        assertThat(ConsoleText.printable("abc\u202Edef\u2066g\u2069")).isEqualTo("abc\uFFFDdef\uFFFDg\uFFFD");
    }

    @Test
    void line_breaks_letters_of_any_script_and_emoji_stay() {
        assertThat(ConsoleText.printable("José → 東京 🎉\nnext line")).isEqualTo("José → 東京 🎉\nnext line");
    }

    @Test
    void an_excerpt_is_cut_to_forty_code_points_with_an_ellipsis() {
        assertThat(ConsoleText.excerpt("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(ConsoleText.excerpt("x".repeat(10_000))).isEqualTo("x".repeat(39) + "…");
    }

    @Test
    void an_excerpt_never_splits_a_character_outside_the_basic_plane() {
        assertThat(ConsoleText.excerpt("🎉".repeat(50))).isEqualTo("🎉".repeat(39) + "…");
    }

    @Test
    void an_excerpt_counts_the_visible_form_of_controls() {
        assertThat(ConsoleText.excerpt("\u001B".repeat(30))).isEqualTo("^[".repeat(19) + "^…");
    }
}
