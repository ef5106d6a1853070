package dev.mlquiz.app.console;

/** Makes text safe to print on a terminal, and typed text short enough to echo back. */
final class ConsoleText {
    /** Code points of typed text echoed back in a message. */
    static final int EXCERPT_MAX = 40;

    private ConsoleText() {}

    /**
     * Control characters act on the terminal (ESC starts the sequences that move the cursor or clear the
     * screen) and bidirectional overrides reorder what is shown, so none is printed as it is: C0 controls and
     * DEL show as {@code ^X} (ESC as {@code ^[}), the rest as U+FFFD. Line breaks stay.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append('\n');
            } else if (c < 0x20) {
                shown.append('^').append((char) (c + 0x40));
            } else if (c == 0x7f) {
                shown.append("^?");
            } else if (Character.isISOControl(c) || reordersText(c)) {
                shown.append('\uFFFD');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** Typed text to echo back: printable, at most {@link #EXCERPT_MAX} code points. */
    static String excerpt(String typed) {
        String shown = printable(typed);
        if (shown.codePointCount(0, shown.length()) <= EXCERPT_MAX) {
            return shown;
        }
        return shown.substring(0, shown.offsetByCodePoints(0, EXCERPT_MAX - 1)) + "…";
    }

    private static boolean reordersText(int c) {
        switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING:
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT:
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
                return true;
            default:
                return false;
        }
    }
}
