package dev.mlquiz.core.review;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every player's memory cards, one per question they answered, and who opted out of review. Shared by
 * every process on the storage.
 */
public interface MemoryCardStore {
    /** One answer's review of its player's card: right or not, given at {@code at}. */
    record Review(PlayerId player, boolean right, Instant at) {
        public Review {
            Objects.requireNonNull(player, "player");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What a review makes of a card (FSRS); {@code before} is empty on the player's first review of it. */
    @FunctionalInterface
    interface Reviewer {
        MemoryCard review(Optional<MemoryCard> before, Review review);
    }

    /** A card that is due, by its question. */
    record DueCard(String questionId, Instant due) {}

    /** The player's reviews so far and how many were right: the measured retention. */
    record Tally(int reviews, int right) {
        public Optional<Double> retention() {
            return reviews == 0 ? Optional.empty() : Optional.of((double) right / reviews);
        }
    }

    /** The cards these players hold for one question; a player who never answered it has none. */
    Map<PlayerId, MemoryCard> cards(String questionId, Collection<PlayerId> players);

    /** Every question the player holds a card for. */
    Set<String> questions(PlayerId player);

    /**
     * Applies the reviews of one question to their players' cards and counts them in the tallies, as one
     * atomic step: each card is read, handed to {@code reviewer} and written with no other review of it in
     * between, on this process or another. So reviews of one card applied at the same time (two processes
     * revealing the question, a reveal and a practice answer) all count, one after the other: none is lost,
     * even on a player's first card. A player's reviews in one call apply in the order of their {@code at}.
     * {@code reviewer} runs inside that step (it may run again if the step is retried): quick, no I/O.
     */
    void review(String questionId, List<Review> reviews, Reviewer reviewer);

    /**
     * Applies one step ({@code step}, from 0) of a revealed round's reviews like {@link #review}, unless that
     * step of that round was applied before (its reveal was redone after a stop or a failure): then it
     * changes nothing and returns false. In the same atomic step, so a round's answer rates its card once
     * however often it is revealed.
     */
    boolean reviewRevealed(RoundId round, int step, String questionId, List<Review> reviews, Reviewer reviewer);

    /** The player's cards due at or before {@code now}, most overdue first, at most {@code limit}. */
    List<DueCard> due(PlayerId player, Instant now, int limit);

    /**
     * How many of the player's cards are due at or before each of {@code untils}, in that order, leaving out
     * those of the questions in {@code except} (the team's retired ones, which review never asks). One read,
     * so a rating meanwhile never makes a later instant count fewer than an earlier one.
     */
    List<Integer> countDue(PlayerId player, List<Instant> untils, Set<String> except);

    Tally tally(PlayerId player);

    boolean optedOut(PlayerId player);

    /** Opting out keeps the cards; opting in again goes on with them. */
    void setOptedOut(PlayerId player, boolean out);
}
