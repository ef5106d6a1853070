package dev.mlquiz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Why the database file could not be opened, in a few words for the one line mlquiz prints before it exits. */
final class DatabaseProblem {
    private DatabaseProblem() {}

    static String of(Path file, Throwable failure) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return "it is a folder, not a file";
        }
        Optional<Path> existing = nearestExisting(absolute.getParent());
        if (existing.isPresent() && !Files.isDirectory(existing.get())) {
            return existing.get() + " is a file, not a folder";
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return "the file is read-only";
        }
        if (existing.isPresent() && !Files.isWritable(existing.get())) {
            return "no permission to write in " + existing.get();
        }
        Optional<SQLiteException> sqlite = cause(failure, SQLiteException.class);
        if (sqlite.isPresent() && primary(sqlite.get()) == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is not a SQLite database";
        }
        return firstLine(rootCause(failure));
    }

    private static Optional<Path> nearestExisting(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** Extended result codes (SQLITE_READONLY_DBMOVED, say) carry the primary code in their low byte. */
    private static int primary(SQLiteException e) {
        return e.getResultCode().code & 0xff;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (type.isInstance(at)) {
                return Optional.of(type.cast(at));
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The failure's message as one line (a driver's detail and hint follow on lines of their own). */
    static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
