package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.TeamsView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingCardTest {
    final RankingCard cards = new RankingCard(Catalog.english());

    @Test
    void every_rank_name_points_and_accuracy_of_the_board_appears() {
        LeaderboardView board = ExampleViews.board();

        List<String> texts = cards.leaderboard(board).texts();

        for (LeaderboardView.Line line : board.top()) {
            assertThat(texts).contains(String.valueOf(line.rank()), line.name(), String.valueOf(line.points()));
        }
        assertThat(texts).contains("14", "you", "2", "40%", "67%", "23 players", "Points", "Accuracy");
    }

    @Test
    void the_title_names_the_scope_and_the_window() {
        assertThat(cards.leaderboard(ExampleViews.board()).texts().get(0)).isEqualTo("Leaderboard · Team · This week");

        LeaderboardView channel = new LeaderboardView(
                Text.of(Msg.LEADERBOARD_SCOPE_CHANNEL, "ml-papers"),
                Window.ALL,
                ExampleViews.board().top(),
                Optional.empty(),
                10);
        assertThat(cards.leaderboard(channel).texts().get(0)).isEqualTo("Leaderboard · #ml-papers · All time");
    }

    @Test
    void bars_are_scaled_to_the_leader() {
        Layout layout = cards.leaderboard(ExampleViews.board());

        List<Piece.Bar> bars = layout.bars();

        assertThat(bars).hasSize(11);
        assertThat(bars.get(0).width()).as("the leader's bar is full").isEqualTo(RankingCard.BAR_TRACK);
        for (int i = 0; i < 10; i++) {
            int points = ExampleViews.POINTS[i];
            assertThat(bars.get(i).value()).isEqualTo(points);
            assertThat(bars.get(i).width()).isEqualTo(Math.round(RankingCard.BAR_TRACK * points / 42f));
        }
        assertThat(bars.get(10).width())
                .as("the asker's 2 points")
                .isEqualTo(Math.round(RankingCard.BAR_TRACK * 2 / 42f));
    }

    @Test
    void channels_ranked_show_each_channel_its_points_per_player_and_players_with_bars_scaled_to_the_leader() {
        TeamsView teams = new TeamsView(
                Window.MONTH,
                List.of(
                        new TeamsView.Line(1, "ml-papers", 10.0, 40, 4),
                        new TeamsView.Line(2, "general", 5.0, 60, 12),
                        new TeamsView.Line(3, "\u65e5\u672c", 2.5, 5, 2)));

        Layout layout = cards.teams(teams);

        assertThat(layout.texts().get(0)).isEqualTo("Channels · points per active player · This month");
        assertThat(layout.texts())
                .contains("3 channels with points", "Per player", "Players")
                .contains("#ml-papers", "10.0", "4", "#general", "5.0", "12", "#\u65e5\u672c", "2.5", "2");
        assertThat(layout.bars())
                .extracting(Piece.Bar::width)
                .containsExactly(RankingCard.BAR_TRACK, RankingCard.BAR_TRACK / 2, RankingCard.BAR_TRACK / 4);
        assertThat(highlights(layout)).isEmpty();
    }

    @Test
    void no_channel_with_points_says_so() {
        assertThat(cards.teams(new TeamsView(Window.WEEK, List.of())).texts()).contains("No points yet.");
    }

    @Test
    void the_askers_row_outside_the_top_ten_is_highlighted_below_the_tenth() {
        Layout layout = cards.leaderboard(ExampleViews.board());

        List<Piece.Box> highlighted = highlights(layout);

        assertThat(highlighted).hasSize(1);
        Piece.Label you = label(layout, "you");
        Piece.Label tenth = label(layout, "O'Brien");
        Piece.Box row = highlighted.get(0);
        assertThat(you.baseline()).isBetween(row.y(), row.y() + row.height());
        assertThat(row.y()).isGreaterThan(tenth.baseline());
        assertThat(you.style()).as("in bold").isEqualTo(Style.STRONG);
    }

    @Test
    void an_asker_inside_the_top_is_highlighted_in_place() {
        List<LeaderboardView.Line> top = ExampleViews.lines(ExampleViews.NAMES).stream()
                .map(l -> l.rank() == 3
                        ? new LeaderboardView.Line(3, l.name(), l.points(), l.correct(), l.answered(), true, 0)
                        : l)
                .toList();
        Layout layout = cards.leaderboard(
                new LeaderboardView(Text.of(Msg.LEADERBOARD_SCOPE_TEAM), Window.MONTH, top, Optional.empty(), 10));

        Piece.Box row = highlights(layout).get(0);

        assertThat(highlights(layout)).hasSize(1);
        assertThat(label(layout, "東京太郎").baseline()).isBetween(row.y(), row.y() + row.height());
    }

    @Test
    void a_board_without_points_says_so() {
        Layout layout = cards.leaderboard(
                new LeaderboardView(Text.of(Msg.LEADERBOARD_SCOPE_TEAM), Window.WEEK, List.of(), Optional.empty(), 0));

        assertThat(layout.texts()).contains(Catalog.english().resolve(Msg.BOARD_NO_POINTS_YET));
        assertThat(layout.bars()).isEmpty();
    }

    @Test
    void a_long_name_is_cut_with_an_ellipsis_to_fit_its_column() {
        String longName = "Bartholomew-Maximilian_the_Third_of_Many_Names";
        LeaderboardView board = new LeaderboardView(
                Text.of(Msg.LEADERBOARD_SCOPE_TEAM),
                Window.WEEK,
                List.of(new LeaderboardView.Line(1, longName, 5, 1, 1, false, 0)),
                Optional.empty(),
                1);

        Piece.Label name = cards.leaderboard(board).labels().stream()
                .filter(l -> l.text().startsWith("Bartholomew"))
                .findFirst()
                .orElseThrow();

        assertThat(name.text()).endsWith("…").hasSizeLessThan(longName.length());
        assertThat(name.width()).isLessThanOrEqualTo(244);
    }

    @Test
    void the_recap_names_the_channel_the_week_and_the_daily_figures() {
        Layout layout = cards.recap(ExampleViews.recap());

        assertThat(layout.texts())
                .startsWith(
                        "Last week in #general",
                        "2026-02-23 to 2026-03-01 · 5 questions of the day · 31 answers · 71% right · 12 players")
                .contains("Ada", "José", "東京太郎", "Zoë", "ml-ops_42", "42", "24");
        assertThat(layout.bars()).hasSize(5);
        assertThat(highlights(layout)).isEmpty();
    }

    @Test
    void a_card_is_800_pixels_wide_and_as_tall_as_its_rows() {
        Layout ten = cards.leaderboard(ExampleViews.board());
        Layout five = cards.recap(ExampleViews.recap());

        assertThat(ten.width()).isEqualTo(800);
        assertThat(ten.height() - five.height())
                .as("5 more rows and the asker's")
                .isEqualTo(6 * RankingCard.ROW + 28);
    }

    static List<Piece.Box> highlights(Layout layout) {
        return layout.boxes().stream().filter(b -> b.ink() == Ink.HIGHLIGHT).toList();
    }

    static Piece.Label label(Layout layout, String text) {
        return layout.labels().stream()
                .filter(l -> l.text().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
