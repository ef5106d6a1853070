package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PicturesTest {
    final Pictures pictures = new Pictures(Catalog.english());

    @Test
    void the_cards_are_drawn_headless() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("java.awt.headless=true in surefire's argLine")
                .isTrue();
    }

    @Test
    void each_card_is_a_png_of_the_size_it_says_under_its_own_name() {
        Png board = pictures.leaderboard(ExampleViews.board());
        Png recap = pictures.recap(ExampleViews.recap());
        Png stats = pictures.stats(ExampleViews.stats());

        assertThat(board.fileName()).isEqualTo("leaderboard.png");
        assertThat(recap.fileName()).isEqualTo("recap.png");
        assertThat(stats.fileName()).isEqualTo("stats.png");
        for (Png png : new Png[] {board, recap, stats}) {
            BufferedImage image = GoldenImages.decode(png.bytes());
            assertThat(image.getWidth()).isEqualTo(png.width()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(png.height()).isBetween(200, 1000);
        }
        assertThat(board.height())
                .isEqualTo(new RankingCard(Catalog.english())
                        .leaderboard(ExampleViews.board())
                        .height());
    }

    @Test
    void the_corners_outside_the_rounded_card_are_transparent_and_the_card_opaque() {
        BufferedImage image =
                GoldenImages.decode(pictures.leaderboard(ExampleViews.board()).bytes());

        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getRGB(400, 5) >>> 24).isEqualTo(0xff);
        assertThat(image.getRGB(400, 5) & 0xffffff).isEqualTo(Ink.CARD.color().getRGB() & 0xffffff);
    }

    @Test
    void the_highlight_and_the_bars_are_painted_where_the_layout_puts_them() {
        Layout layout = new RankingCard(Catalog.english()).leaderboard(ExampleViews.board());
        BufferedImage image =
                GoldenImages.decode(pictures.leaderboard(ExampleViews.board()).bytes());
        Piece.Box highlight = RankingCardTest.highlights(layout).get(0);
        Piece.Bar leader = layout.bars().get(0);
        Piece.Bar tenth = layout.bars().get(9);

        assertThat(image.getRGB(highlight.x() + 4, highlight.y() + highlight.height() / 2))
                .isEqualTo(Ink.HIGHLIGHT.color().getRGB());
        assertThat(image.getRGB(leader.x() + leader.width() / 2, leader.y() + leader.height() / 2))
                .isEqualTo(Ink.GOLD.color().getRGB());
        assertThat(image.getRGB(tenth.x() + tenth.width() + 20, tenth.y() + tenth.height() / 2))
                .as("the track beyond the tenth's short bar")
                .isEqualTo(Ink.TRACK.color().getRGB());
    }

    @Test
    void the_same_board_is_drawn_once() {
        Png first = pictures.leaderboard(ExampleViews.board());

        assertThat(pictures.leaderboard(ExampleViews.board()))
                .as("an equal view")
                .isSameAs(first);
        assertThat(pictures.stats(ExampleViews.stats())).isSameAs(pictures.stats(ExampleViews.stats()));
    }

    @Test
    void another_board_is_drawn_anew() {
        LeaderboardView board = ExampleViews.board();
        LeaderboardView withoutAsker =
                new LeaderboardView(board.scope(), board.window(), board.top(), Optional.empty(), board.players());

        Png first = pictures.leaderboard(board);
        Png second = pictures.leaderboard(withoutAsker);

        assertThat(second).isNotSameAs(first);
        assertThat(second.height()).isLessThan(first.height());
    }
}
