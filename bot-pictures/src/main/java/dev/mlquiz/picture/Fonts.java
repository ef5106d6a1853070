package dev.mlquiz.picture;

import dev.mlquiz.picture.Piece.Face;
import dev.mlquiz.picture.Piece.Run;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled fonts (DejaVu Sans, Droid Sans Fallback; licences beside them), never the system's, so a
 * card looks the same on every machine. Loaded on the first card drawn, not at start-up. Splits text into
 * runs by the face that can show it and measures them.
 */
final class Fonts {
    /** Drawn for what no bundled font has: a white diamond, which DejaVu Sans has. */
    static final String SUBSTITUTE_GLYPH = "\u25c7";

    static final String ELLIPSIS = "\u2026";

    /** Antialiased, fractional metrics: the painter draws with the same hints, so widths match. */
    static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private static final int ZERO_WIDTH_JOINER = 0x200d;

    private Fonts() {}

    /** The fonts, loaded when a card first needs them; empty until then. */
    private static Map<Style, Map<Face, Font>> loaded;
    /** Why loading failed, remembered so each card fails at once the same way instead of trying again. */
    private static IllegalStateException unloadable;

    /** Loaded once. A failure (no writable temporary folder, no font library) fails every card, never the JVM. */
    private static synchronized Map<Style, Map<Face, Font>> fonts() {
        if (loaded == null && unloadable == null) {
            try {
                loaded = Loaded.load();
            } catch (RuntimeException | LinkageError e) {
                unloadable = new IllegalStateException("the bundled fonts cannot be loaded: " + e, e);
            }
        }
        if (unloadable != null) {
            throw unloadable;
        }
        return loaded;
    }

    private static final class Loaded {
        private static Map<Style, Map<Face, Font>> load() {
            Font regular = read("DejaVuSans.ttf");
            Font bold = read("DejaVuSans-Bold.ttf");
            Font fallback = read("DroidSansFallback.ttf");
            Map<Style, Map<Face, Font>> fonts = new EnumMap<>(Style.class);
            for (Style style : Style.values()) {
                Font primary = (style.bold() ? bold : regular).deriveFont(style.size());
                Map<Face, Font> faces = new EnumMap<>(Face.class);
                faces.put(Face.PRIMARY, primary);
                faces.put(Face.SUBSTITUTE, primary);
                faces.put(Face.FALLBACK, fallback.deriveFont(style.bold() ? Font.BOLD : Font.PLAIN, style.size()));
                fonts.put(style, faces);
            }
            return fonts;
        }

        private static Font read(String file) {
            try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + file + " is not a TrueType font", e);
            }
        }
    }

    static Font font(Style style, Face face) {
        return fonts().get(style).get(face);
    }

    /** What the painter draws for a run. */
    static String drawn(Run run) {
        return run.face() == Face.SUBSTITUTE ? SUBSTITUTE_GLYPH : run.text();
    }

    static double width(Run run, Style style) {
        return font(style, run.face())
                .getStringBounds(drawn(run), RENDER_CONTEXT)
                .getWidth();
    }

    static double width(List<Run> runs, Style style) {
        return runs.stream().mapToDouble(run -> width(run, style)).sum();
    }

    /**
     * {@code text} in runs, cut with an ellipsis when wider than {@code maxWidth}. Control characters are
     * dropped; an emoji sequence (joined, with a skin tone or a variation selector) becomes one substitute.
     */
    static List<Run> fit(String text, Style style, double maxWidth) {
        List<Run> units = units(text, style);
        if (width(units, style) <= maxWidth) {
            return merge(units);
        }
        double ellipsis = width(new Run(ELLIPSIS, Face.PRIMARY), style);
        List<Run> kept = new ArrayList<>();
        double used = ellipsis;
        for (Run unit : units) {
            double next = width(unit, style);
            if (used + next > maxWidth) {
                break;
            }
            kept.add(unit);
            used += next;
        }
        kept.add(new Run(ELLIPSIS, Face.PRIMARY));
        return merge(kept);
    }

    /** One run a code point, or for a substitute a whole word (or emoji sequence) no bundled font has. */
    private static List<Run> units(String text, Style style) {
        Font primary = font(style, Face.PRIMARY);
        Font fallback = font(style, Face.FALLBACK);
        List<Run> units = new ArrayList<>(text.length());
        boolean joining = false;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            i += Character.charCount(point);
            Run last = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean afterSubstitute = last != null && last.face() == Face.SUBSTITUTE;
            if (Character.isISOControl(point)) {
                continue;
            }
            boolean shown = primary.canDisplay(point) || fallback.canDisplay(point);
            // What follows a substitute in the same word (a mark, a joiner, a letter of the same script)
            // is part of it: one diamond a word, not one a code point.
            if (afterSubstitute && (joining || modifies(point) || marks(point) || !shown)) {
                units.set(units.size() - 1, new Run(last.text() + Character.toString(point), Face.SUBSTITUTE));
                joining = point == ZERO_WIDTH_JOINER;
                continue;
            }
            joining = false;
            if (modifies(point)) {
                continue; // after a letter or a symbol a font has, shown as that alone
            }
            Face face = primary.canDisplay(point)
                    ? Face.PRIMARY
                    : fallback.canDisplay(point) ? Face.FALLBACK : Face.SUBSTITUTE;
            units.add(new Run(Character.toString(point), face));
        }
        return units;
    }

    /** Combining marks (a vowel sign, a virama, an accent) and a flag's second letter. */
    private static boolean marks(int point) {
        int type = Character.getType(point);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (point >= 0x1f1e6 && point <= 0x1f1ff);
    }

    /** Marks that only change the character before them: joiners, variation selectors, skin tones, tags. */
    private static boolean modifies(int point) {
        return point == ZERO_WIDTH_JOINER
                || (point >= 0xfe00 && point <= 0xfe0f)
                || (point >= 0x1f3fb && point <= 0x1f3ff)
                || (point >= 0xe0020 && point <= 0xe007f)
                || point == 0x20e3;
    }

    /** Neighbouring units of one face as one run; each substitute stays its own. */
    private static List<Run> merge(List<Run> units) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Face face = null;
        for (Run unit : units) {
            if (unit.face() != face || unit.face() == Face.SUBSTITUTE) {
                if (face != null) {
                    runs.add(new Run(text.toString(), face));
                }
                text.setLength(0);
                face = unit.face();
            }
            text.append(unit.text());
        }
        if (face != null) {
            runs.add(new Run(text.toString(), face));
        }
        return runs;
    }
}
