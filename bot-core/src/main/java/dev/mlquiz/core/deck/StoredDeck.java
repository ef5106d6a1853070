package dev.mlquiz.core.deck;

import java.util.List;
import java.util.Objects;

/**
 * A deck's cards as read from its {@link DeckStore}, and the version they were read at: how many times the
 * deck was saved, 0 for a deck never saved. Saving needs the version, so a save never overwrites a draw
 * made meanwhile by another process.
 */
public record StoredDeck(List<DeckCard> cards, long version) {
    public StoredDeck {
        cards = List.copyOf(Objects.requireNonNull(cards, "cards"));
        if (version < 0) {
            throw new IllegalArgumentException("deck version " + version + " is negative");
        }
    }

    /** A deck never saved. */
    public static StoredDeck empty() {
        return new StoredDeck(List.of(), 0);
    }
}
