package dev.mlquiz.core.deck;

import java.util.List;

/** Persists decks so a restart never repeats a question early. */
public interface DeckStore {

    /** The deck's cards in any order; empty for a deck never drawn from. */
    List<DeckCard> load(String deckKey);

    /** Replaces the stored deck with {@code cards}. */
    void save(String deckKey, List<DeckCard> cards);
}
