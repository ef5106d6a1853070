package dev.mlquiz.core.score;

import static dev.mlquiz.core.testing.English.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerStatsTest {
    static final Topics TOPICS = TestBanks.of(
                    12, List.of("core-concepts", "llms-nlp"), List.of("beginner", "intermediate", "advanced"))
            .topics();
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.CONSOLE, "team"), "general");

    final List<Answer> history = new ArrayList<>();

    /** {@code right} right answers and {@code wrong} wrong ones, on the topic at the level. */
    void answered(String topic, Difficulty level, int right, int wrong) {
        for (int i = 0; i < right + wrong; i++) {
            int n = history.size();
            history.add(new Answer(
                    new RoundId(String.format("round%04d", n)),
                    new PlayerId(Platform.CONSOLE, "alice"),
                    CHANNEL,
                    RoundKind.PRACTICE,
                    topic + "-" + level.id() + "-" + n,
                    topic,
                    level,
                    Letter.A,
                    i < right,
                    0,
                    Instant.ofEpochSecond(n)));
        }
    }

    PlayerStats stats() {
        return PlayerStats.of(history, PlayerStats.DailyStreak.NONE, TOPICS);
    }

    @Test
    void accuracy_per_level_adds_up_every_topic_at_that_level_easiest_first() {
        answered("llms-nlp", Difficulty.ADVANCED, 1, 3);
        answered("core-concepts", Difficulty.BEGINNER, 3, 0);
        answered("core-concepts", Difficulty.ADVANCED, 2, 2);

        assertThat(stats().levels())
                .containsExactly(
                        new PlayerStats.LevelScore(Difficulty.BEGINNER, 3, 3),
                        new PlayerStats.LevelScore(Difficulty.ADVANCED, 8, 3));
    }

    @Test
    void the_weak_spot_is_the_least_accurate_topic_and_level_with_five_answers() {
        answered("core-concepts", Difficulty.BEGINNER, 4, 1);
        answered("llms-nlp", Difficulty.ADVANCED, 1, 4);
        answered("llms-nlp", Difficulty.BEGINNER, 0, 4); // worse, but only four answers

        PlayerStats.WeakSpot spot = stats().weakSpot().orElseThrow();

        assertThat(spot.topic().id()).isEqualTo("llms-nlp");
        assertThat(spot.level()).isEqualTo(Difficulty.ADVANCED);
        assertThat(english(spot.advice()))
                .isEqualTo("Weakest spot: LLMs & NLP at advanced level, 1 of 5 right."
                        + " Try /mlquiz practice llms-nlp advanced.");
    }

    @Test
    void pairs_answered_all_right_or_fewer_than_five_times_are_no_weak_spot() {
        answered("core-concepts", Difficulty.INTERMEDIATE, 6, 0);
        answered("llms-nlp", Difficulty.INTERMEDIATE, 0, 4);

        assertThat(stats().weakSpot()).isEmpty();
    }

    @Test
    void equally_weak_pairs_go_to_the_banks_topic_order_then_the_easier_level() {
        answered("llms-nlp", Difficulty.BEGINNER, 2, 3);
        answered("core-concepts", Difficulty.ADVANCED, 2, 3);
        answered("core-concepts", Difficulty.INTERMEDIATE, 2, 3);

        PlayerStats.WeakSpot spot = stats().weakSpot().orElseThrow();

        assertThat(List.of(spot.topic().id(), spot.level().id())).containsExactly("core-concepts", "intermediate");
    }
}
