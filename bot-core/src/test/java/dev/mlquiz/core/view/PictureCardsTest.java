package dev.mlquiz.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PictureCardsTest {
    static Optional<String> card(View view) {
        return new PictureCards<>(
                        board -> "board of " + board.players(),
                        teams -> "channels of " + teams.window(),
                        stats -> "stats of " + stats.playerName(),
                        recap -> "recap of #" + recap.channelName())
                .of(view);
    }

    @Test
    void leaderboards_channels_ranked_stats_and_recaps_have_a_card_drawn_by_its_own_kind() {
        assertThat(card(SampleBoards.leaderboard())).contains("board of 2");
        assertThat(card(new TeamsView(Window.MONTH, List.of()))).contains("channels of MONTH");
        assertThat(card(SampleStats.withWeakSpot())).contains("stats of alice");
        assertThat(card(SampleBoards.recap())).contains("recap of #general");
        assertThat(PictureCards.has(SampleBoards.leaderboard())).isTrue();
        assertThat(PictureCards.has(SampleStats.withWeakSpot())).isTrue();
    }

    @Test
    void other_views_have_none() {
        assertThat(card(Notice.info(Text.literal("hello")))).isEmpty();
        assertThat(card(SampleViews.settings())).isEmpty();
        assertThat(PictureCards.has(Notice.info(Text.literal("hello")))).isFalse();
    }

    @Test
    void a_card_that_cannot_be_drawn_is_left_out_instead_of_failing_the_reply() {
        Optional<String> drawn = new PictureCards<String>(
                        board -> {
                            throw new IllegalStateException("no fonts");
                        },
                        teams -> "channels",
                        stats -> "stats",
                        recap -> "recap")
                .of(SampleBoards.leaderboard());

        assertThat(drawn).isEmpty();
    }

    @Test
    void fonts_that_cannot_load_or_a_heap_too_small_cost_the_card_alone() {
        for (Error drawing : new Error[] {new ExceptionInInitializerError("no fonts"), new OutOfMemoryError("big")}) {
            Optional<String> drawn = new PictureCards<String>(
                            board -> {
                                throw drawing;
                            },
                            teams -> "channels",
                            stats -> "stats",
                            recap -> "recap")
                    .of(SampleBoards.leaderboard());

            assertThat(drawn).as(drawing.toString()).isEmpty();
        }
    }
}
