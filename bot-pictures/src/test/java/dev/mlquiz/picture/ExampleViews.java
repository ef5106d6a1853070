package dev.mlquiz.picture;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fixed views the cards are drawn from in the tests, the golden images and the README's examples. */
final class ExampleViews {
    /** Names in several scripts, as players pick them. */
    static final List<String> NAMES =
            List.of("Ada", "José", "東京太郎", "Zoë", "ml-ops_42", "Priya", "Ολυμπία", "Кирилл", "Sun-hee", "O'Brien");

    static final int[] POINTS = {42, 37, 35, 30, 24, 21, 18, 12, 9, 4};

    private ExampleViews() {}

    /** The team's weekly board: ten players, and the asker ("you") 14th. */
    static LeaderboardView board() {
        return new LeaderboardView(
                Text.of(Msg.LEADERBOARD_SCOPE_TEAM),
                Window.WEEK,
                lines(NAMES),
                Optional.of(new LeaderboardView.Line(14, "you", 2, 2, 5, true, 0)),
                23);
    }

    /** Ten lines with the example points, rank by rank, each player right on about two answers of three. */
    static List<LeaderboardView.Line> lines(List<String> names) {
        List<LeaderboardView.Line> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int answered = POINTS[i] / 2 + 3;
            lines.add(new LeaderboardView.Line(i + 1, names.get(i), POINTS[i], answered * 2 / 3, answered, false, 0));
        }
        return lines;
    }

    static RecapView recap() {
        return new RecapView(
                "general",
                LocalDate.parse("2026-02-23"),
                LocalDate.parse("2026-03-01"),
                lines(NAMES.subList(0, 5)),
                12,
                5,
                31,
                22);
    }

    /** A player with five topics, three levels, a daily streak, recent answers and a review forecast. */
    static StatsView stats() {
        Topic llms = SampleStats.LLMS;
        List<PlayerStats.TopicScore> topics = List.of(
                new PlayerStats.TopicScore(new Topic("core-concepts", "Core ML concepts", Optional.empty()), 14, 11),
                new PlayerStats.TopicScore(llms, 9, 4),
                new PlayerStats.TopicScore(new Topic("deep-learning", "Deep learning", Optional.empty()), 7, 5),
                new PlayerStats.TopicScore(new Topic("mlops", "MLOps & production", Optional.empty()), 5, 1),
                new PlayerStats.TopicScore(new Topic("statistics", "Statistics", Optional.empty()), 4, 3));
        List<PlayerStats.LevelScore> levels = List.of(
                new PlayerStats.LevelScore(Difficulty.BEGINNER, 12, 11),
                new PlayerStats.LevelScore(Difficulty.INTERMEDIATE, 17, 10),
                new PlayerStats.LevelScore(Difficulty.ADVANCED, 10, 3));
        PlayerStats stats = new PlayerStats(
                39,
                24,
                41,
                3,
                7,
                topics,
                levels,
                Optional.of(new PlayerStats.WeakSpot(llms, Difficulty.ADVANCED, 5, 1)),
                new PlayerStats.DailyStreak(4, 9));
        List<Integer> activity =
                List.of(0, 2, 1, 0, 0, 3, 1, 0, 0, 0, 2, 4, 1, 0, 0, 1, 0, 0, 5, 2, 1, 0, 0, 1, 3, 0, 2, 1, 0, 2);
        return new StatsView(
                "Ada",
                stats,
                Optional.of(new StatsView.ReviewStatus(
                        3,
                        2,
                        Optional.of(0.68),
                        SampleStats.days(LocalDate.parse("2026-03-04"), List.of(3, 2, 0, 4, 1, 0, 6)))),
                SampleStats.days(LocalDate.parse("2026-02-03"), activity));
    }
}
