package dev.mlquiz.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against the reference implementations' own vectors. The FSRS-6 vectors are ts-fsrs's
 * {@code __tests__/FSRSV6.test.ts} ("FSRS-6", default weights 0.2172 ... 0.2): the interval history and
 * the short-term memory state. The learning-step cases follow py-fsrs's {@code tests/test_basic.py}.
 */
class FsrsTest {
    static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    final Fsrs exact = new Fsrs(Fsrs.DEFAULT_WEIGHTS, Fsrs.DEFAULT_RETENTION, Optional.empty());

    static long days(MemoryCard card) {
        return Duration.between(card.lastReview().orElseThrow(), card.due()).toDays();
    }

    @Test
    void each_review_at_the_previous_due_time_gives_the_reference_intervals() {
        List<Rating> ratings = new ArrayList<>();
        ratings.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));
        ratings.addAll(List.of(Rating.AGAIN, Rating.AGAIN));
        ratings.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));
        MemoryCard card = MemoryCard.fresh(START);
        Instant now = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = exact.review(card, rating, now);
            intervals.add(days(card));
            now = card.due();
        }

        assertThat(intervals).containsExactly(0L, 4L, 14L, 45L, 135L, 372L, 0L, 0L, 2L, 5L, 10L, 20L, 40L);
    }

    @Test
    void the_memory_state_after_a_fixed_history_matches_the_reference() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] daysBetween = {0, 0, 1, 3, 8, 21};
        MemoryCard card = MemoryCard.fresh(START);
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(daysBetween[i]));
            card = exact.review(card, ratings.get(i), now);
        }

        assertThat(card.stability().orElseThrow()).isCloseTo(49.4472, within(0.00005));
        assertThat(card.difficulty().orElseThrow()).isCloseTo(6.8573, within(0.00005));
    }

    @Test
    void a_first_review_sets_stability_and_difficulty_from_the_rating() {
        List<Double> stability = new ArrayList<>();
        List<Double> difficulty = new ArrayList<>();
        List<MemoryState> states = new ArrayList<>();
        List<Long> scheduledDays = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            MemoryCard card = exact.review(MemoryCard.fresh(START), rating, START);
            stability.add(card.stability().orElseThrow());
            difficulty.add(card.difficulty().orElseThrow());
            states.add(card.state());
            scheduledDays.add(days(card));
        }

        assertThat(stability).containsExactly(0.2172, 1.1771, 3.2602, 16.1507);
        assertThat(difficulty.get(0)).isCloseTo(7.0114, within(1e-8));
        assertThat(difficulty.get(1)).isCloseTo(6.24313295, within(1e-8));
        assertThat(difficulty.get(2)).isCloseTo(4.88463163, within(1e-8));
        assertThat(difficulty.get(3)).isCloseTo(2.48243852, within(1e-8));
        assertThat(states)
                .containsExactly(MemoryState.LEARNING, MemoryState.LEARNING, MemoryState.LEARNING, MemoryState.REVIEW);
        assertThat(scheduledDays).containsExactly(0L, 0L, 0L, 16L);
    }

    @Test
    void a_new_card_is_learned_in_steps_of_one_and_ten_minutes() {
        MemoryCard fresh = MemoryCard.fresh(START);

        MemoryCard good = exact.review(fresh, Rating.GOOD, START);
        MemoryCard again = exact.review(fresh, Rating.AGAIN, START);
        MemoryCard hard = exact.review(fresh, Rating.HARD, START);

        assertThat(good.step()).contains(1);
        assertThat(good.due()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(again.step()).contains(0);
        assertThat(again.due()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(hard.step()).contains(0);
        assertThat(hard.due()).isEqualTo(START.plus(Duration.ofSeconds(330)));
        MemoryCard learned = exact.review(good, Rating.GOOD, good.due());
        assertThat(learned.state()).isEqualTo(MemoryState.REVIEW);
        assertThat(learned.step()).isEmpty();
        assertThat(days(learned)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_lapse_in_review_is_relearned_in_ten_minutes_then_reviewed_again() {
        MemoryCard card = MemoryCard.fresh(START);
        for (int i = 0; i < 3; i++) {
            card = exact.review(card, Rating.GOOD, card.due());
        }
        assertThat(card.state()).isEqualTo(MemoryState.REVIEW);

        MemoryCard lapsed = exact.review(card, Rating.AGAIN, card.due());
        MemoryCard lapsedAgain = exact.review(lapsed, Rating.AGAIN, lapsed.due());
        MemoryCard relearned = exact.review(lapsedAgain, Rating.GOOD, lapsedAgain.due());

        assertThat(lapsed.state()).isEqualTo(MemoryState.RELEARNING);
        assertThat(lapsed.due()).isEqualTo(card.due().plus(Duration.ofMinutes(10)));
        assertThat(lapsed.stability().orElseThrow()).isLessThan(card.stability().orElseThrow());
        assertThat(lapsedAgain.state()).isEqualTo(MemoryState.RELEARNING);
        assertThat(lapsedAgain.step()).contains(0);
        assertThat(relearned.state()).isEqualTo(MemoryState.REVIEW);
        assertThat(days(relearned)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void easy_after_easy_brings_difficulty_down_to_its_floor() {
        MemoryCard card = MemoryCard.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = exact.review(card, Rating.EASY, START.plusNanos(i * 1_000L));
        }

        assertThat(card.difficulty()).contains(1.0);
    }

    @Test
    void fuzz_spreads_an_interval_within_its_range_and_follows_the_injected_generator() {
        MemoryCard reviewed = MemoryCard.fresh(START);
        for (int i = 0; i < 4; i++) {
            reviewed = exact.review(reviewed, Rating.GOOD, reviewed.due());
        }
        MemoryCard before = reviewed;
        long exactDays = days(exact.review(before, Rating.GOOD, before.due()));
        List<Long> fuzzed = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        SplittableRandom first = new SplittableRandom(7);
        SplittableRandom second = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            fuzzed.add(days(Fsrs.withDefaults(first).review(before, Rating.GOOD, before.due())));
            again.add(days(Fsrs.withDefaults(second).review(before, Rating.GOOD, before.due())));
        }

        assertThat(exactDays).isEqualTo(135);
        // 135 days: delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 115 = 8.725, so the range is 126 to 144 days;
        // like py-fsrs, the draw is uniform over [126, 145) and then rounded, so 145 comes up now and then.
        assertThat(fuzzed).allSatisfy(d -> assertThat(d).isBetween(126L, 145L));
        assertThat(fuzzed).contains(126L, 144L);
        assertThat(fuzzed.stream().distinct().count()).isGreaterThan(10);
        assertThat(again).isEqualTo(fuzzed);
    }

    @Test
    void the_chance_of_recall_is_the_desired_retention_after_one_stability() {
        assertThat(exact.retrievability(10.0, 10)).isCloseTo(0.9, within(1e-9));
        assertThat(exact.retrievability(10.0, 0)).isEqualTo(1.0);
    }

    @Test
    void weights_and_retention_out_of_shape_are_refused() {
        assertThatThrownBy(() -> new Fsrs(List.of(1.0, 2.0), 0.9, Optional.empty()))
                .hasMessage("FSRS-6 takes 21 weights, not 2");
        assertThatThrownBy(() -> new Fsrs(Fsrs.DEFAULT_WEIGHTS, 1.2, Optional.empty()))
                .hasMessage("the desired retention is a share between 0 and 1, not 1.2");
    }
}
