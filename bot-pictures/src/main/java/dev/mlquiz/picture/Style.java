package dev.mlquiz.picture;

/** The kinds of text on a card: weight, size in pixels, and colour unless a piece says otherwise. */
enum Style {
    TITLE(true, 26, Ink.TEXT),
    SUBTITLE(false, 15, Ink.MUTED),
    HEADING(true, 14, Ink.MUTED),
    BODY(false, 17, Ink.TEXT),
    STRONG(true, 17, Ink.TEXT),
    FIGURE(true, 24, Ink.TEXT),
    SMALL(false, 12, Ink.MUTED);

    private final boolean bold;
    private final float size;
    private final Ink ink;

    Style(boolean bold, float size, Ink ink) {
        this.bold = bold;
        this.size = size;
        this.ink = ink;
    }

    boolean bold() {
        return bold;
    }

    float size() {
        return size;
    }

    Ink ink() {
        return ink;
    }
}
