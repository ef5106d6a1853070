package dev.mlquiz.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.review.MemoryCardStore.DueCard;
import dev.mlquiz.core.review.MemoryCardStore.Review;
import dev.mlquiz.core.review.MemoryCardStore.Reviewer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link MemoryCardStore} must do; one subclass per implementation. */
public abstract class MemoryCardStoreContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    protected static final PlayerId ALICE = new PlayerId(Platform.SLACK, "U1");
    protected static final PlayerId BOB = new PlayerId(Platform.SLACK, "U2");

    final Fsrs fsrs = new Fsrs(Fsrs.DEFAULT_WEIGHTS, Fsrs.DEFAULT_RETENTION, Optional.empty());

    protected abstract MemoryCardStore store();

    /** The same cards as {@link #store} seen from another process; the same store where there is one. */
    protected MemoryCardStore anotherProcess() {
        return store();
    }

    /**
     * Waits until {@code second}, a review by {@link #anotherProcess} started while one by {@link #store}
     * runs, waits for that one (or ends, which the test then finds wrong). Here: until its thread waits, on
     * a lock or for its write (SQLite's next writer begins only after this one commits).
     */
    protected void awaitWaiting(Thread second, CompletableFuture<?> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.isDone()
                && second.getState() != Thread.State.BLOCKED
                && second.getState() != Thread.State.WAITING
                && second.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime())
                    .as("waited ten seconds for the second review")
                    .isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** A card to store as it is, for one player's one review. */
    protected record Reviewed(PlayerId player, String questionId, MemoryCard card, boolean right) {}

    /** Stores each card as given (a reviewer that ignores the card before), counting a review of each. */
    void save(List<Reviewed> reviews) {
        for (Reviewed reviewed : reviews) {
            store().review(
                            reviewed.questionId(),
                            List.of(new Review(reviewed.player(), reviewed.right(), T0)),
                            (before, review) -> reviewed.card());
        }
    }

    /** FSRS, right as Good and wrong as Again, as the quiz rates. */
    final Reviewer fsrsReviewer = (before, review) -> fsrs.review(
            before.orElseGet(() -> MemoryCard.fresh(review.at())),
            review.right() ? Rating.GOOD : Rating.AGAIN,
            review.at());

    /** A card reviewed once, right or wrong, at {@code at}. */
    MemoryCard reviewedAt(Instant at, boolean right) {
        return fsrs.review(MemoryCard.fresh(at), right ? Rating.GOOD : Rating.AGAIN, at);
    }

    /** A card due exactly at {@code due}, in review. */
    static MemoryCard dueAt(Instant due) {
        return new MemoryCard(
                MemoryState.REVIEW, Optional.empty(), Optional.of(3.5), Optional.of(5.25), due, Optional.of(T0));
    }

    @Test
    void a_saved_card_comes_back_as_it_was_saved() {
        MemoryCard learning = reviewedAt(T0, true);
        MemoryCard review = dueAt(T0.plus(Duration.ofDays(4)));
        save(List.of(new Reviewed(ALICE, "q1", learning, true), new Reviewed(BOB, "q1", review, false)));

        assertThat(store().cards("q1", List.of(ALICE, BOB, new PlayerId(Platform.SLACK, "U3"))))
                .isEqualTo(Map.of(ALICE, learning, BOB, review));
        assertThat(store().cards("q2", List.of(ALICE))).isEmpty();
    }

    @Test
    void a_new_review_replaces_the_card_and_every_review_counts_in_the_tally() {
        save(List.of(new Reviewed(ALICE, "q1", reviewedAt(T0, false), false)));
        MemoryCard later = reviewedAt(T0.plusSeconds(60), true);
        save(List.of(new Reviewed(ALICE, "q1", later, true), new Reviewed(ALICE, "q2", reviewedAt(T0, true), true)));

        assertThat(store().cards("q1", List.of(ALICE))).containsEntry(ALICE, later);
        assertThat(store().tally(ALICE)).isEqualTo(new MemoryCardStore.Tally(3, 2));
        assertThat(store().tally(ALICE).retention()).contains(2 / 3.0);
        assertThat(store().tally(BOB).retention()).isEmpty();
        assertThat(store().questions(ALICE)).containsExactlyInAnyOrder("q1", "q2");
        assertThat(store().questions(BOB)).isEmpty();
    }

    /** A reviewer that makes the card {@code card}, whatever it was. */
    static Reviewer making(MemoryCard card) {
        return (before, review) -> card;
    }

    @Test
    void each_step_of_a_revealed_rounds_reviews_is_applied_once() {
        RoundId round = new RoundId("round1");
        MemoryCard first = reviewedAt(T0, true);
        List<Review> step0 = List.of(new Review(ALICE, true, T0));

        assertThat(store().reviewRevealed(round, 0, "q1", step0, making(first))).isTrue();
        assertThat(store().reviewRevealed(
                                round, 0, "q1", List.of(new Review(ALICE, false, T0)), making(reviewedAt(T0, false))))
                .as("the same step again")
                .isFalse();
        assertThat(store().reviewRevealed(round, 1, "q1", List.of(new Review(BOB, true, T0)), making(first)))
                .isTrue();
        MemoryCard later = reviewedAt(T0.plusSeconds(60), false);
        assertThat(store().reviewRevealed(
                                new RoundId("round2"), 0, "q1", List.of(new Review(ALICE, false, T0)), making(later)))
                .as("another round's first step")
                .isTrue();

        assertThat(store().cards("q1", List.of(ALICE, BOB))).isEqualTo(Map.of(ALICE, later, BOB, first));
        assertThat(store().tally(ALICE)).isEqualTo(new MemoryCardStore.Tally(2, 1));
        assertThat(store().tally(BOB)).isEqualTo(new MemoryCardStore.Tally(1, 1));
    }

    @Test
    void due_cards_come_most_overdue_first_and_only_the_players_own() {
        save(List.of(
                new Reviewed(ALICE, "later", dueAt(T0.plus(Duration.ofDays(1))), true),
                new Reviewed(ALICE, "recent", dueAt(T0.minus(Duration.ofHours(1))), true),
                new Reviewed(ALICE, "oldest", dueAt(T0.minus(Duration.ofDays(3))), true),
                new Reviewed(ALICE, "now", dueAt(T0), true),
                new Reviewed(BOB, "bobs", dueAt(T0.minus(Duration.ofDays(9))), true)));

        assertThat(store().due(ALICE, T0, 10))
                .extracting(DueCard::questionId)
                .containsExactly("oldest", "recent", "now");
        assertThat(store().due(ALICE, T0, 2)).extracting(DueCard::questionId).containsExactly("oldest", "recent");
        assertThat(store().due(ALICE, T0, 1)).containsExactly(new DueCard("oldest", T0.minus(Duration.ofDays(3))));
        assertThat(store().countDue(ALICE, List.of(T0, T0.plus(Duration.ofDays(1))), Set.of()))
                .containsExactly(3, 4);
        assertThat(store().countDue(
                                ALICE, List.of(T0.plus(Duration.ofDays(1)), T0.minus(Duration.ofDays(5))), Set.of()))
                .as("in the order asked")
                .containsExactly(4, 0);
        assertThat(store().countDue(ALICE, List.of(T0), Set.of("oldest", "bobs", "unknown")))
                .as("leaving out retired questions")
                .containsExactly(2);
        assertThat(store().countDue(BOB, List.of(), Set.of())).isEmpty();
        assertThat(store().countDue(new PlayerId(Platform.DISCORD, "nobody"), List.of(T0), Set.of()))
                .containsExactly(0);
    }

    @Test
    void the_cards_of_many_players_for_one_question_come_back_together() {
        List<PlayerId> players = IntStream.range(0, 1_200)
                .mapToObj(i -> new PlayerId(Platform.DISCORD, Integer.toString(100_000 + i)))
                .collect(Collectors.toList());
        List<Review> reviews = new ArrayList<>();
        for (PlayerId player : players) {
            reviews.add(new Review(player, true, T0));
        }
        store().review("q1", reviews, fsrsReviewer);

        assertThat(store().cards("q1", players)).hasSize(1_200);
    }

    @Test
    void a_review_goes_on_from_the_card_as_it_stands_and_a_first_one_from_none() {
        List<Optional<MemoryCard>> seen = new ArrayList<>();
        Reviewer recording = (before, review) -> {
            seen.add(before);
            return fsrsReviewer.review(before, review);
        };
        store().review("q1", List.of(new Review(ALICE, false, T0)), recording);
        store().review("q1", List.of(new Review(ALICE, true, T0.plusSeconds(600))), recording);

        MemoryCard once = reviewedAt(T0, false);
        MemoryCard twice = fsrs.review(once, Rating.GOOD, T0.plusSeconds(600));
        assertThat(seen).containsExactly(Optional.empty(), Optional.of(once));
        assertThat(store().cards("q1", List.of(ALICE))).containsEntry(ALICE, twice);
        assertThat(store().tally(ALICE)).isEqualTo(new MemoryCardStore.Tally(2, 1));
    }

    @Test
    void the_reviews_of_one_call_apply_in_the_order_they_were_given() {
        List<Instant> applied = new ArrayList<>();
        store().review(
                        "q1",
                        List.of(new Review(ALICE, true, T0.plusSeconds(60)), new Review(ALICE, false, T0)),
                        (before, review) -> {
                            applied.add(review.at());
                            return fsrsReviewer.review(before, review);
                        });

        assertThat(applied).containsExactly(T0, T0.plusSeconds(60));
        assertThat(store().tally(ALICE)).isEqualTo(new MemoryCardStore.Tally(2, 1));
    }

    @Test
    void two_reviews_of_one_card_at_the_same_time_on_two_processes_both_count() throws Exception {
        MemoryCardStore otherProcess = anotherProcess();
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Void> second = new CompletableFuture<>();
        Reviewer first = (before, review) -> {
            if (started.compareAndSet(false, true)) {
                Thread other = new Thread(() -> {
                    try {
                        otherProcess.review("q1", List.of(new Review(ALICE, true, T0)), fsrsReviewer);
                        second.complete(null);
                    } catch (RuntimeException e) {
                        second.completeExceptionally(e);
                    }
                });
                other.start();
                awaitWaiting(other, second);
            }
            return fsrsReviewer.review(before, review);
        };

        store().review("q1", List.of(new Review(ALICE, true, T0)), first);
        second.get(20, TimeUnit.SECONDS);

        MemoryCard once = reviewedAt(T0, true);
        MemoryCard twice = fsrs.review(once, Rating.GOOD, T0);
        assertThat(store().tally(ALICE)).isEqualTo(new MemoryCardStore.Tally(2, 2));
        assertThat(store().cards("q1", List.of(ALICE)))
                .as("both reviews, one after the other")
                .containsEntry(ALICE, twice);
    }

    @Test
    void opting_out_keeps_the_cards_and_opting_in_again_goes_on_with_them() {
        save(List.of(new Reviewed(ALICE, "q1", dueAt(T0), true)));

        store().setOptedOut(ALICE, true);
        store().setOptedOut(ALICE, true);
        assertThat(store().optedOut(ALICE)).isTrue();
        assertThat(store().optedOut(BOB)).isFalse();
        assertThat(store().countDue(ALICE, List.of(T0), Set.of())).containsExactly(1);

        store().setOptedOut(ALICE, false);
        assertThat(store().optedOut(ALICE)).isFalse();
    }
}
