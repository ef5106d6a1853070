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
    /** One review to save: the card as it now stands, and whether the answer was right. */
    record Reviewed(PlayerId player, String questionId, MemoryCard card, boolean right) {
        public Reviewed {
            Objects.requireNonNull(player, "player");
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(card, "card");
        }
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

    /** Saves the reviews in order, each card replacing the one before it, and counts them in the tallies. */
    void save(List<Reviewed> reviews);

    /**
     * Saves one step ({@code step}, from 0) of a revealed round's reviews like {@link #save}, unless that
     * step of that round was saved before (its reveal was redone after a stop or a failure): then it saves
     * nothing and returns false. Atomic, so a round's answer rates its card once however often it is revealed.
     */
    boolean saveRevealed(RoundId round, int step, List<Reviewed> reviews);

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
