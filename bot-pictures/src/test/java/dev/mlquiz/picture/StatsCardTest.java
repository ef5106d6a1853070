package dev.mlquiz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.Topic;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsCardTest {
    final StatsCard cards = new StatsCard(Catalog.english());

    @Test
    void the_figures_and_every_topic_and_level_appear_with_their_numbers() {
        List<String> texts = cards.stats(ExampleViews.stats()).texts();

        assertThat(texts.get(0)).isEqualTo("Stats · Ada");
        assertThat(texts).contains("Answered", "39", "Accuracy", "62%", "Points", "41", "3 (best 7)", "4 (best 9)");
        assertThat(texts).contains("By topic", "Core ML concepts", "11/14", "79%", "MLOps & production", "1/5", "20%");
        assertThat(texts).contains("By level", "beginner", "11/12", "92%", "advanced", "3/10", "30%");
    }

    @Test
    void accuracy_bars_are_shares_of_the_full_track() {
        List<Piece.Bar> bars = cards.stats(ExampleViews.stats()).bars();

        Piece.Bar core = bars.get(0);
        assertThat(core.value()).isEqualTo(11 / 14.0);
        assertThat(core.width()).isEqualTo(Math.round(StatsCard.SCORE_TRACK * 11 / 14f));
        assertThat(core.ink()).isEqualTo(Ink.GOOD);
        assertThat(bars.get(3).ink()).as("MLOps, 20%").isEqualTo(Ink.WEAK);
    }

    @Test
    void the_activity_strip_has_a_bar_a_day_scaled_to_the_busiest_with_its_dates_and_total() {
        StatsView view = ExampleViews.stats();
        Layout layout = cards.stats(view);

        List<Piece.Bar> days = layout.bars().subList(8, 8 + StatsView.ACTIVITY_DAYS);

        assertThat(days)
                .extracting(Piece.Bar::value)
                .containsExactlyElementsOf(
                        view.activity().stream().map(d -> (double) d.count()).toList());
        assertThat(days)
                .extracting(Piece.Bar::height)
                .contains(DayStrips.BAR_TRACK)
                .as("the busiest day, 5");
        assertThat(days.get(18).height()).isEqualTo(DayStrips.BAR_TRACK);
        assertThat(days.get(19).height()).isEqualTo(Math.round(DayStrips.BAR_TRACK * 2 / 5f));
        assertThat(days.get(29).ink()).as("today").isEqualTo(Ink.GOLD);
        assertThat(layout.texts()).contains("Answers, last 30 days", "32", "2026-02-03", "2026-03-04");
    }

    @Test
    void the_review_forecast_shows_each_days_count_and_date_then_the_review_in_words() {
        Layout layout = cards.stats(ExampleViews.stats());

        List<Piece.Bar> forecast =
                layout.bars().subList(8 + StatsView.ACTIVITY_DAYS, layout.bars().size());

        assertThat(forecast).extracting(Piece.Bar::value).containsExactly(3.0, 2.0, 0.0, 4.0, 1.0, 0.0, 6.0);
        assertThat(layout.texts())
                .contains("Reviews due, next 7 days", "16", "4", "10")
                .contains("Review: 3 due now, 2 more within a day; 68% of reviews answered right. /mlquiz review")
                .contains("Weakest spot: LLMs & NLP at advanced level, 1 of 5 right. Try /mlquiz practice llms-nlp"
                        + " advanced.");
    }

    @Test
    void without_review_the_answers_take_the_whole_width() {
        StatsView view = ExampleViews.stats();
        StatsView noReview = new StatsView(view.playerName(), view.stats(), Optional.empty(), view.activity());

        Layout layout = cards.stats(noReview);

        assertThat(layout.texts()).doesNotContain("Reviews due, next 7 days");
        assertThat(layout.bars()).hasSize(8 + StatsView.ACTIVITY_DAYS);
        Piece.Bar today = layout.bars().get(layout.bars().size() - 1);
        assertThat(today.x() + today.width()).isGreaterThan(StatsCard.WIDTH - 2 * StatsCard.PADDING);
    }

    @Test
    void a_view_without_day_counts_still_gets_its_panels() {
        StatsView view = ExampleViews.stats();
        StatsView.ReviewStatus review = view.review().orElseThrow();
        StatsView bare = new StatsView(
                view.playerName(),
                view.stats(),
                Optional.of(
                        new StatsView.ReviewStatus(review.dueNow(), review.dueSoon(), review.retention(), List.of())),
                List.of());

        Layout layout = cards.stats(bare);

        assertThat(layout.bars()).hasSize(8);
        assertThat(layout.texts()).contains("Answers, last 30 days", "Reviews due, next 7 days", "0");
    }

    @Test
    void a_thousand_topics_make_a_card_of_twelve_rows_and_a_count_of_the_rest() {
        StatsView view = ExampleViews.stats();
        PlayerStats stats = view.stats();
        List<PlayerStats.TopicScore> topics = IntStream.range(0, 1_000)
                .mapToObj(i -> new PlayerStats.TopicScore(new Topic("t" + i, "Topic " + i, Optional.empty()), 2, 1))
                .toList();
        StatsView many = new StatsView(
                view.playerName(),
                new PlayerStats(
                        stats.answered(),
                        stats.correct(),
                        stats.points(),
                        stats.currentStreak(),
                        stats.bestStreak(),
                        topics,
                        stats.levels(),
                        stats.weakSpot(),
                        stats.daily()),
                view.review(),
                view.activity());

        Layout layout = cards.stats(many);

        assertThat(layout.texts()).contains("Topic 11", "+988 more").doesNotContain("Topic 12");
        assertThat(layout.height())
                .isEqualTo(cards.stats(view).height()
                        + (StatsCard.SCORES_SHOWN + 1 - view.stats().topics().size()) * StatsCard.SCORE_ROW);
    }

    @Test
    void a_player_without_answers_gets_a_short_card_saying_so() {
        StatsView none = new StatsView(
                "newcomer",
                new PlayerStats(0, 0, 0, 0, 0, List.of(), List.of(), Optional.empty(), PlayerStats.DailyStreak.NONE),
                Optional.empty(),
                List.of());

        Layout layout = cards.stats(none);

        assertThat(layout.texts()).containsExactly("Stats · newcomer", "No answers yet. Try /mlquiz practice.");
        assertThat(layout.height()).isLessThan(200);
    }
}
