package dev.mlquiz.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DeckTest {
    static Set<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> "q" + i)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<String> drawMany(Deck deck, Set<String> eligible, int times, SplittableRandom random) {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            drawn.add(deck.draw(eligible, random).orElseThrow());
        }
        return drawn;
    }

    @Test
    void no_question_repeats_until_every_question_was_drawn() {
        Deck deck = Deck.of(List.of());
        Set<String> all = ids(1, 20);

        List<String> drawn = drawMany(deck, all, 20, new SplittableRandom(1));

        assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void the_order_is_shuffled_not_the_bank_order() {
        List<String> drawn = drawMany(Deck.of(List.of()), ids(1, 20), 20, new SplittableRandom(1));

        assertThat(drawn).isNotEqualTo(new ArrayList<>(ids(1, 20)));
    }

    @Test
    void a_new_deck_starts_anywhere_with_equal_chances() {
        Map<String, Integer> firsts = new HashMap<>();
        for (int seed = 0; seed < 2_000; seed++) {
            String first = Deck.of(List.of())
                    .draw(ids(1, 10), new SplittableRandom(seed))
                    .orElseThrow();
            firsts.merge(first, 1, Integer::sum);
        }

        assertThat(firsts).hasSize(10);
        assertThat(firsts.values()).allSatisfy(count -> assertThat(count).isBetween(120, 280));
    }

    @Test
    void questions_added_later_land_anywhere_among_the_undrawn_ones() {
        Map<Integer, Integer> placeOfNewcomer = new HashMap<>();
        for (int seed = 0; seed < 500; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Deck deck = Deck.of(List.of());
            deck.draw(ids(1, 5), random);
            List<String> rest = drawMany(deck, ids(1, 6), 5, random);
            placeOfNewcomer.merge(rest.indexOf("q6"), 1, Integer::sum);
        }

        assertThat(placeOfNewcomer.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @RepeatedTest(20)
    void a_fresh_shuffle_does_not_start_with_the_last_few_drawn() {
        SplittableRandom random = new SplittableRandom();
        Deck deck = Deck.of(List.of());
        Set<String> all = ids(1, 10);
        List<String> firstCycle = drawMany(deck, all, 10, random);

        List<String> secondCycle = drawMany(deck, all, 10, random);

        List<String> lastThree = firstCycle.subList(7, 10);
        assertThat(secondCycle.subList(0, Deck.RECENT_GUARD)).doesNotContainAnyElementsOf(lastThree);
        assertThat(secondCycle).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void a_thin_pool_never_repeats_before_it_is_used_up() {
        for (int size = 1; size <= 5; size++) {
            Deck deck = Deck.of(List.of());
            Set<String> pool = ids(1, size);

            List<String> drawn = drawMany(deck, pool, size * 6, new SplittableRandom(size));

            for (int cycle = 0; cycle < 6; cycle++) {
                assertThat(drawn.subList(cycle * size, (cycle + 1) * size)).containsExactlyInAnyOrderElementsOf(pool);
            }
            for (int i = 1; size > 1 && i < drawn.size(); i++) {
                assertThat(drawn.get(i)).isNotEqualTo(drawn.get(i - 1));
            }
        }
    }

    @Test
    void a_thin_pool_cycles_through_fresh_shuffles() {
        Set<String> pool = ids(1, 4);
        Set<List<String>> secondCycles = new HashSet<>();
        Set<String> secondStarts = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Deck deck = Deck.of(List.of());
            List<String> first = drawMany(deck, pool, 4, random);

            List<String> second = drawMany(deck, pool, 4, random);

            secondCycles.add(second);
            secondStarts.add(second.get(0).equals(first.get(0)) ? "same start" : "new start");
        }

        assertThat(secondCycles).hasSizeGreaterThan(12);
        assertThat(secondStarts).containsExactlyInAnyOrder("same start", "new start");
    }

    @Test
    void no_question_is_stuck_at_the_end_of_every_cycle() {
        for (int size : new int[] {4, 6, 10}) {
            SplittableRandom random = new SplittableRandom(size);
            Deck deck = Deck.of(List.of());
            Set<String> pool = ids(1, size);
            Set<String> lastOfACycle = new HashSet<>();

            for (int cycle = 0; cycle < 60; cycle++) {
                List<String> drawn = drawMany(deck, pool, size, random);
                lastOfACycle.add(drawn.get(size - 1));
            }

            assertThat(lastOfACycle).as("pool of %d", size).isEqualTo(pool);
        }
    }

    @Test
    void two_cycles_of_a_thin_pool_differ_in_order() {
        SplittableRandom random = new SplittableRandom(7);
        Deck deck = Deck.of(List.of());
        Set<String> pool = ids(1, 4);

        List<String> first = drawMany(deck, pool, 4, random);
        List<String> second = drawMany(deck, pool, 4, random);
        List<String> third = drawMany(deck, pool, 4, random);

        assertThat(List.of(second, third)).allSatisfy(cycle -> assertThat(cycle)
                .containsExactlyInAnyOrderElementsOf(pool)
                .isNotEqualTo(first));
        assertThat(third).isNotEqualTo(second);
    }

    @Test
    void a_wider_filter_reaches_a_thin_pools_reshuffled_questions_only_after_the_rest_of_its_pool() {
        SplittableRandom random = new SplittableRandom(8);
        Deck deck = Deck.of(List.of());
        Set<String> thin = ids(1, 3);
        drawMany(deck, thin, 4, random);

        List<String> wide = drawMany(deck, ids(1, 10), 7, random);

        assertThat(wide).containsExactlyInAnyOrderElementsOf(ids(4, 10));
    }

    @Test
    void a_filtered_draw_uses_the_same_deck_and_never_repeats_an_unfiltered_one() {
        SplittableRandom random = new SplittableRandom(3);
        Deck deck = Deck.of(List.of());
        Set<String> all = ids(1, 10);
        Set<String> firstHalf = ids(1, 5);
        List<String> drawn = new ArrayList<>();

        drawn.addAll(drawMany(deck, firstHalf, 3, random));
        drawn.addAll(drawMany(deck, all, 7, random));

        assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(drawn.subList(0, 3)).allMatch(firstHalf::contains);
    }

    @Test
    void an_exhausted_filter_reshuffles_only_its_own_questions() {
        SplittableRandom random = new SplittableRandom(4);
        Deck deck = Deck.of(List.of());
        Set<String> small = ids(1, 2);
        drawMany(deck, small, 2, random);

        List<String> again = drawMany(deck, small, 2, random);
        List<String> rest = drawMany(deck, ids(1, 6), 4, random);

        assertThat(again).containsExactlyInAnyOrderElementsOf(small);
        assertThat(rest).containsExactlyInAnyOrderElementsOf(ids(3, 6));
    }

    @Test
    void questions_added_to_the_bank_join_the_current_cycle() {
        SplittableRandom random = new SplittableRandom(5);
        Deck deck = Deck.of(List.of());
        List<String> drawn = new ArrayList<>(drawMany(deck, ids(1, 5), 3, random));

        drawn.addAll(drawMany(deck, ids(1, 8), 5, random));

        assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(1, 8));
    }

    @Test
    void the_deck_resumes_from_its_stored_cards() {
        SplittableRandom random = new SplittableRandom(6);
        Deck deck = Deck.of(List.of());
        List<String> before = drawMany(deck, ids(1, 10), 4, random);

        Deck restored = Deck.of(deck.cards());
        List<String> after = drawMany(restored, ids(1, 10), 6, new SplittableRandom(99));

        assertThat(after).doesNotContainAnyElementsOf(before);
    }

    @Test
    void nothing_eligible_draws_nothing() {
        assertThat(Deck.of(List.of()).draw(Set.of(), new SplittableRandom(1))).isEmpty();
    }
}
