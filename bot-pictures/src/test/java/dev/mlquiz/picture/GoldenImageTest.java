package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cards look as the committed images show; the README's examples are drawn by this renderer. */
class GoldenImageTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path DOCS = Path.of("../docs");

    final Pictures pictures = new Pictures(Catalog.english());

    @Test
    void the_leaderboard_card_looks_as_it_did() {
        GoldenImages.assertMatches(pictures.leaderboard(ExampleViews.board()), GOLDEN.resolve("leaderboard.png"));
    }

    @Test
    void the_recap_card_looks_as_it_did() {
        GoldenImages.assertMatches(pictures.recap(ExampleViews.recap()), GOLDEN.resolve("recap.png"));
    }

    @Test
    void the_stats_card_looks_as_it_did() {
        GoldenImages.assertMatches(pictures.stats(ExampleViews.stats()), GOLDEN.resolve("stats.png"));
    }

    @Test
    void the_readme_shows_cards_this_renderer_draws() {
        GoldenImages.assertMatches(pictures.leaderboard(ExampleViews.board()), DOCS.resolve("leaderboard-card.png"));
        GoldenImages.assertMatches(pictures.stats(ExampleViews.stats()), DOCS.resolve("stats-card.png"));
    }

    @Test
    void another_board_differs_from_the_golden_image_beyond_the_tolerance() {
        LeaderboardView renamed = new LeaderboardView(
                ExampleViews.board().scope(),
                ExampleViews.board().window(),
                ExampleViews.lines(List.of(
                        "Bob", "Eve", "Mallory", "Trent", "Peggy", "Victor", "Walter", "Oscar", "Carol", "Dave")),
                ExampleViews.board().asker(),
                23);
        long allowed = Math.round(GoldenImages.CHANGED_SHARE * 800 * 600);

        long changed = GoldenImages.changedPixels(
                GoldenImages.decode(pictures.leaderboard(ExampleViews.board()).bytes()),
                GoldenImages.decode(pictures.leaderboard(renamed).bytes()));

        assertThat(changed).isGreaterThan(allowed);
    }
}
