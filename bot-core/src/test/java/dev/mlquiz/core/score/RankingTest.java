package dev.mlquiz.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
    @Test
    void equal_scores_share_a_rank_and_the_next_rank_skips_past_them() {
        List<String> lines =
                Ranking.ranked(List.of(9, 7, 7, 3, 3, 3, 1), score -> score, (rank, score) -> rank + ":" + score);

        assertThat(lines).containsExactly("1:9", "2:7", "2:7", "4:3", "4:3", "4:3", "7:1");
    }

    @Test
    void nobody_ranked_is_no_lines() {
        assertThat(Ranking.ranked(List.<Integer>of(), score -> score, (rank, score) -> rank))
                .isEmpty();
    }
}
