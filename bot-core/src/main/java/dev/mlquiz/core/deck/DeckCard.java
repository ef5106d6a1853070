package dev.mlquiz.core.deck;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A question in a deck: {@code position}, its place among the questions asked as often as it (a random key,
 * drawn anew each time it is asked); {@code timesDrawn}, how often it was asked; {@code drawnSeq}, when it
 * was last asked, counted in draws of this deck.
 */
public record DeckCard(String questionId, long position, int timesDrawn, OptionalLong drawnSeq) {
    public DeckCard {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(drawnSeq, "drawnSeq");
        if (timesDrawn < 0) {
            throw new IllegalArgumentException("times drawn " + timesDrawn + " is negative");
        }
    }
}
