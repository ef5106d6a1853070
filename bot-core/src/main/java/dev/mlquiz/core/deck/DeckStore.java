package dev.mlquiz.core.deck;

import java.util.List;

/**
 * Persists decks so a restart never repeats a question early. Saves are conditional on the version read,
 * so processes sharing the store never both draw from the same state of a deck.
 */
public interface DeckStore {

    /** The deck's cards in any order, with their version; {@link StoredDeck#empty()} for a deck never saved. */
    StoredDeck load(String deckKey);

    /**
     * Replaces the stored deck with {@code cards} if it is still at {@code expectedVersion}, which then
     * becomes {@code expectedVersion + 1}. Atomic across processes sharing the store: of the saves from one
     * version, exactly one succeeds. False, changing nothing, when the deck was saved since it was read.
     */
    boolean save(String deckKey, long expectedVersion, List<DeckCard> cards);
}
