package dev.mlquiz.slack;

import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * An error as one log line: its kind and message, no stack trace (failures here are expected ones).
 * A line never carries a URL's path (a response_url is a capability: whoever holds it may post as the
 * bot) nor a line break that could forge a log line of its own.
 */
final class ErrorLine {
    private static final Pattern URL_PATH = Pattern.compile("(https?://[^/\\s]+)/\\S*");
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final int MAX = 300;

    private ErrorLine() {}

    /** "ConnectException: Failed to connect to /127.0.0.1:1". */
    static String of(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return of(e.getCause());
        }
        return excerpt(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** Any text from outside (a command's words, say) made safe for one log line. */
    static String excerpt(String text) {
        String line = BREAKS.matcher(URL_PATH.matcher(text == null ? "" : text).replaceAll("$1/…"))
                .replaceAll(" ")
                .strip();
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
