package dev.mlquiz.slack;

import java.io.UncheckedIOException;

/** An error as one log line: its kind and message, no stack trace (failures here are expected ones). */
final class ErrorLine {
    private ErrorLine() {}

    /** "ConnectException: Failed to connect to /127.0.0.1:1". */
    static String of(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return of(e.getCause());
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
