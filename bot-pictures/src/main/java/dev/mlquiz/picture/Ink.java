package dev.mlquiz.picture;

import java.awt.Color;

/**
 * The colours of the cards, by role. Every card is an opaque dark slate panel with rounded corners: it
 * stands apart from Slack's and Discord's light themes (white) and from their dark ones (#1a1d21, #313338)
 * alike, so one palette serves all four. Text is near-white and grey on it (contrast above 7:1 and 4.5:1);
 * bars are mid-tone hues that keep clear of both the card and the text.
 */
enum Ink {
    CARD(0x1e2229),
    PANEL(0x282d35),
    TRACK(0x353c47),
    HIGHLIGHT(0x2f3d57),
    TEXT(0xf3f4f6),
    MUTED(0x9ba4b1),
    BAR(0x5b8def),
    GOLD(0xf5b83d),
    SILVER(0xc9d1d9),
    BRONZE(0xd08a57),
    GOOD(0x3fb68b),
    FAIR(0xe7b43c),
    WEAK(0xe5675e);

    private final Color color;

    Ink(int rgb) {
        this.color = new Color(rgb);
    }

    Color color() {
        return color;
    }

    /** A rank's colour: the podium in medal colours, the rest in grey. */
    static Ink forRank(int rank) {
        return switch (rank) {
            case 1 -> GOLD;
            case 2 -> SILVER;
            case 3 -> BRONZE;
            default -> MUTED;
        };
    }

    /** An accuracy's colour: green from 70%, amber from 40%, red below. */
    static Ink forShare(double share) {
        if (share >= 0.7) {
            return GOOD;
        }
        return share >= 0.4 ? FAIR : WEAK;
    }
}
