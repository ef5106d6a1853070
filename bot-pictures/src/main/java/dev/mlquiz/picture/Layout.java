package dev.mlquiz.picture;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A card laid out, before any pixel: what the painter draws, in order, and what tests read (every text
 * with its position, every bar with the value it shows).
 */
record Layout(int width, int height, List<Piece> pieces) {
    Layout {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a card has a size: " + width + "x" + height);
        }
        pieces = List.copyOf(pieces);
    }

    List<Piece.Label> labels() {
        return only(Piece.Label.class);
    }

    List<Piece.Bar> bars() {
        return only(Piece.Bar.class);
    }

    List<Piece.Box> boxes() {
        return only(Piece.Box.class);
    }

    /** Every text on the card, in drawing order. */
    List<String> texts() {
        return labels().stream().map(Piece.Label::text).collect(Collectors.toList());
    }

    private <T extends Piece> List<T> only(Class<T> kind) {
        return pieces.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    }
}
