package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.picture.Piece.Face;
import dev.mlquiz.picture.Piece.Run;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FontsTest {
    static final double WIDE = 10_000;

    @Test
    void latin_greek_and_cyrillic_names_use_dejavu_sans() {
        assertThat(Fonts.fit("José Zoë Ολυμπία Кирилл", Style.BODY, WIDE))
                .containsExactly(new Run("José Zoë Ολυμπία Кирилл", Face.PRIMARY));
    }

    @Test
    void japanese_and_chinese_use_the_fallback_font_beside_latin() {
        assertThat(Fonts.fit("Yuki 東京 さくら 数据科学", Style.STRONG, WIDE))
                .containsExactly(
                        new Run("Yuki ", Face.PRIMARY),
                        new Run("東京", Face.FALLBACK),
                        new Run(" ", Face.PRIMARY),
                        new Run("さくら", Face.FALLBACK),
                        new Run(" ", Face.PRIMARY),
                        new Run("数据科学", Face.FALLBACK));
    }

    @Test
    void an_emoji_becomes_one_substitute_whole_sequence_and_all() {
        String family = "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67"; // woman, woman, girl, joined
        String thumbsDark = "\ud83d\udc4d\ud83c\udfff"; // thumbs up, dark skin tone

        List<Run> runs = Fonts.fit("Mia 🎉 " + family + " " + thumbsDark + "!", Style.BODY, WIDE);

        assertThat(runs)
                .containsExactly(
                        new Run("Mia ", Face.PRIMARY),
                        new Run("🎉", Face.SUBSTITUTE),
                        new Run(" ", Face.PRIMARY),
                        new Run(family, Face.SUBSTITUTE),
                        new Run(" ", Face.PRIMARY),
                        new Run(thumbsDark, Face.SUBSTITUTE),
                        new Run("!", Face.PRIMARY));
        assertThat(Fonts.font(Style.BODY, Face.PRIMARY).canDisplayUpTo(Fonts.SUBSTITUTE_GLYPH))
                .as("the substitute is a glyph DejaVu has")
                .isEqualTo(-1);
    }

    @Test
    void a_word_in_a_script_no_bundled_font_has_is_one_substitute_marks_and_all() {
        String priya = "\u092a\u094d\u0930\u093f\u092f\u093e"; // Devanagari, with a virama and vowel signs
        String sharma = "\u0936\u0930\u094d\u092e\u093e";
        String flag = "\ud83c\uddef\ud83c\uddf5"; // two regional indicators

        assertThat(Fonts.fit(priya + " " + sharma + " " + flag + "🎉", Style.BODY, WIDE))
                .containsExactly(
                        new Run(priya, Face.SUBSTITUTE),
                        new Run(" ", Face.PRIMARY),
                        new Run(sharma, Face.SUBSTITUTE),
                        new Run(" ", Face.PRIMARY),
                        new Run(flag + "🎉", Face.SUBSTITUTE));
    }

    @Test
    void an_accent_written_as_a_combining_mark_stays_on_its_letter() {
        assertThat(Fonts.fit("Jose\u0301", Style.BODY, WIDE)).containsExactly(new Run("Jose\u0301", Face.PRIMARY));
    }

    @Test
    void no_run_holds_a_character_its_font_cannot_show() {
        String mixed = "Ana 東京 🎉 ❤\ufe0f 한국어 Ελλάδα \u0007 👍🏽 end";

        for (Style style : Style.values()) {
            for (Run run : Fonts.fit(mixed, style, WIDE)) {
                assertThat(Fonts.font(style, run.face()).canDisplayUpTo(Fonts.drawn(run)))
                        .as(run + " in " + style)
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void a_cut_keeps_whole_characters_and_ends_with_an_ellipsis() {
        List<Run> cut = Fonts.fit("東京太郎東京太郎東京太郎東京太郎東京太郎", Style.BODY, 100);

        assertThat(cut.get(cut.size() - 1)).isEqualTo(new Run(Fonts.ELLIPSIS, Face.PRIMARY));
        assertThat(Fonts.width(cut, Style.BODY)).isLessThanOrEqualTo(100);
        assertThat(cut.get(0).text()).startsWith("東京").hasSizeLessThan(20);
    }

    @Test
    void a_board_of_japanese_chinese_and_emoji_names_renders_as_a_png() {
        LeaderboardView board = new LeaderboardView(
                Text.of(Msg.LEADERBOARD_SCOPE_CHANNEL, "日本語チャンネル"),
                Window.WEEK,
                ExampleViews.lines(List.of("さくら🌸", "王小明", "🎉🎉🎉", "Zoë", "José")),
                Optional.empty(),
                5);

        Png png = new Pictures(Catalog.english()).leaderboard(board);

        assertThat(GoldenImages.decode(png.bytes()).getWidth()).isEqualTo(800);
        Layout layout = new RankingCard(Catalog.english()).leaderboard(board);
        assertThat(layout.texts()).contains("Leaderboard · #日本語チャンネル · This week", "さくら🌸", "王小明", "🎉🎉🎉");
        Piece.Label sakura = RankingCardTest.label(layout, "さくら🌸");
        assertThat(sakura.runs()).extracting(Run::face).containsExactly(Face.FALLBACK, Face.SUBSTITUTE);
    }
}
