package dev.mlquiz.core.deck;

import java.util.Objects;
import java.util.OptionalLong;

/** A question's place in a deck; {@code drawnSeq} is set once it has been drawn in the current cycle. */
public record DeckCard(String questionId, long position, OptionalLong drawnSeq) {
    public DeckCard {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(drawnSeq, "drawnSeq");
    }

    public boolean drawn() {
        return drawnSeq.isPresent();
    }
}
