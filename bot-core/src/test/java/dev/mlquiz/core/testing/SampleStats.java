package dev.mlquiz.core.testing;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A player's stats with answers at two levels and a weak spot, for the renderers' tests. */
public final class SampleStats {
    public static final Topic LLMS = new Topic("llms-nlp", "LLMs & NLP", Optional.empty());

    private SampleStats() {}

    public static StatsView withWeakSpot() {
        return new StatsView(
                "alice",
                new PlayerStats(
                        8,
                        4,
                        6,
                        1,
                        3,
                        List.of(new PlayerStats.TopicScore(LLMS, 8, 4)),
                        List.of(
                                new PlayerStats.LevelScore(Difficulty.BEGINNER, 3, 3),
                                new PlayerStats.LevelScore(Difficulty.ADVANCED, 5, 1)),
                        Optional.of(new PlayerStats.WeakSpot(LLMS, Difficulty.ADVANCED, 5, 1)),
                        PlayerStats.DailyStreak.NONE),
                Optional.of(new StatsView.ReviewStatus(2, 3, Optional.of(0.75), days(FORECAST_START, FORECAST))),
                days(ACTIVITY_START, ACTIVITY));
    }

    /** Answers on the 30 days up to 2026-03-04 (8 in all, as the stats say). */
    public static final List<Integer> ACTIVITY =
            List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 3, 0, 2);

    public static final LocalDate ACTIVITY_START = LocalDate.parse("2026-02-03");

    /** Cards due on the 7 days from 2026-03-04 (2 today, 3 tomorrow). */
    public static final List<Integer> FORECAST = List.of(2, 3, 0, 1, 0, 0, 4);

    public static final LocalDate FORECAST_START = LocalDate.parse("2026-03-04");

    /** One count a day from {@code first}. */
    public static List<StatsView.DayCount> days(LocalDate first, List<Integer> counts) {
        List<StatsView.DayCount> days = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            days.add(new StatsView.DayCount(first.plusDays(i), counts.get(i)));
        }
        return days;
    }

    public static final String REVIEW =
            "Review: 2 due now, 3 more within a day; 75% of reviews answered right. /mlquiz review";

    public static final String ADVICE =
            "Weakest spot: LLMs & NLP at advanced level, 1 of 5 right. Try /mlquiz practice llms-nlp advanced.";
}
