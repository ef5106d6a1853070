package dev.mlquiz.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.text.Text;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PictureCardsTest {
    static Optional<String> card(View view) {
        return PictureCards.of(
                view,
                board -> "board of " + board.players(),
                stats -> "stats of " + stats.playerName(),
                recap -> "recap of #" + recap.channelName());
    }

    @Test
    void leaderboards_stats_and_recaps_have_a_card_drawn_by_its_own_kind() {
        assertThat(card(SampleBoards.leaderboard())).contains("board of 2");
        assertThat(card(SampleStats.withWeakSpot())).contains("stats of alice");
        assertThat(card(SampleBoards.recap())).contains("recap of #general");
    }

    @Test
    void other_views_have_none() {
        assertThat(card(Notice.info(Text.literal("hello")))).isEmpty();
        assertThat(card(SampleViews.settings())).isEmpty();
    }

    @Test
    void a_card_that_cannot_be_drawn_is_left_out_instead_of_failing_the_reply() {
        Optional<String> drawn = PictureCards.of(
                SampleBoards.leaderboard(),
                board -> {
                    throw new IllegalStateException("no fonts");
                },
                stats -> "stats",
                recap -> "recap");

        assertThat(drawn).isEmpty();
    }
}
