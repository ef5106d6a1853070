package dev.mlquiz.picture;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One positioned thing on a card, in pixels from the top left. */
sealed interface Piece {

    /** A filled rectangle with rounded corners ({@code arc}: their diameter): the card, a panel, a bar's track, a highlighted row. */
    record Box(int x, int y, int width, int height, int arc, Ink ink) implements Piece {
        public Box {
            Objects.requireNonNull(ink, "ink");
        }
    }

    /**
     * A bar showing {@code value}: the filled rectangle is already scaled, so a test reads the scale from
     * its width (horizontal bars) or height (vertical ones).
     */
    record Bar(int x, int y, int width, int height, double value, Ink ink) implements Piece {
        public Bar {
            Objects.requireNonNull(ink, "ink");
        }
    }

    /**
     * A line of text at {@code x} (its left edge) on {@code baseline}, {@code width} pixels wide, in runs
     * each drawn with one face.
     */
    record Label(List<Run> runs, int x, int baseline, int width, Style style, Ink ink) implements Piece {
        public Label {
            runs = List.copyOf(runs);
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(ink, "ink");
        }

        /** The text the runs stand for (a substitute run gives what it replaced). */
        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }
    }

    /** A stretch of text in one face. A {@link Face#SUBSTITUTE} run is what no bundled font can show. */
    record Run(String text, Face face) {
        public Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(face, "face");
        }
    }

    /** Which bundled font draws a run. */
    enum Face {
        /** DejaVu Sans (regular or bold, as the style says): Latin, Greek, Cyrillic, symbols. */
        PRIMARY,
        /** Droid Sans Fallback: Chinese, Japanese, Korean. */
        FALLBACK,
        /** Neither has it (an emoji, for one): drawn as one neutral diamond, never as a missing-glyph box. */
        SUBSTITUTE
    }
}
