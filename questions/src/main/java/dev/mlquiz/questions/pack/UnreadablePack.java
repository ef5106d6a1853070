package dev.mlquiz.questions.pack;

/**
 * Stops reading a pack at a problem that makes the rest of the file meaningless or too costly to read
 * (a syntax error, a limit passed, an alias to nothing). Expected, so it carries no stack trace.
 */
final class UnreadablePack extends RuntimeException {
    private final int line;

    /** {@code line} is 1-based, 0 when the whole file is concerned. */
    UnreadablePack(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
