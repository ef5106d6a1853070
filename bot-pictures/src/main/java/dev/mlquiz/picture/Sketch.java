package dev.mlquiz.picture;

import java.util.ArrayList;
import java.util.List;

/** Collects a card's pieces as a layout places them; {@link #done} puts the card behind them. */
final class Sketch {
    /** Corner arcs (diameters) of the card and of the bars and their tracks. */
    static final int CARD_ARC = 20;

    static final int BAR_ARC = 12;

    /** Where a label's {@code x} is: its left edge, its right edge, or its centre. */
    enum Align {
        LEFT,
        RIGHT,
        CENTER
    }

    private final int width;
    private final List<Piece> pieces = new ArrayList<>();

    Sketch(int width) {
        this.width = width;
    }

    Piece.Label text(String text, Style style, int x, int baseline, int maxWidth, Align align) {
        return text(text, style, style.ink(), x, baseline, maxWidth, align);
    }

    Piece.Label text(String text, Style style, Ink ink, int x, int baseline, int maxWidth, Align align) {
        List<Piece.Run> runs = Fonts.fit(text, style, maxWidth);
        int measured = (int) Math.ceil(Fonts.width(runs, style));
        int left =
                switch (align) {
                    case LEFT -> x;
                    case RIGHT -> x - measured;
                    case CENTER -> x - measured / 2;
                };
        Piece.Label label = new Piece.Label(runs, left, baseline, measured, style, ink);
        pieces.add(label);
        return label;
    }

    void box(int x, int y, int boxWidth, int height, int arc, Ink ink) {
        pieces.add(new Piece.Box(x, y, boxWidth, height, arc, ink));
    }

    /** A bar from the left of its track, {@code share} (0 to 1) of {@code track} long, over the track. */
    void horizontalBar(int x, int y, int track, int thickness, double share, double value, Ink ink) {
        box(x, y, track, thickness, Math.min(BAR_ARC, thickness), Ink.TRACK);
        pieces.add(new Piece.Bar(x, y, scaled(track, share), thickness, value, ink));
    }

    /** A bar rising from {@code bottom}, {@code share} (0 to 1) of {@code track} tall, over its track. */
    void verticalBar(int x, int bottom, int thickness, int track, double share, double value, Ink ink) {
        box(x, bottom - track, thickness, track, Math.min(BAR_ARC, thickness), Ink.TRACK);
        int height = scaled(track, share);
        pieces.add(new Piece.Bar(x, bottom - height, thickness, height, value, ink));
    }

    private static int scaled(int length, double share) {
        return (int) Math.round(length * Math.max(0, Math.min(1, share)));
    }

    Layout done(int height) {
        List<Piece> all = new ArrayList<>(pieces.size() + 1);
        all.add(new Piece.Box(0, 0, width, height, CARD_ARC, Ink.CARD));
        all.addAll(pieces);
        return new Layout(width, height, all);
    }
}
