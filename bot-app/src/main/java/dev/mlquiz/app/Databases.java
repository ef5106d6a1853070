package dev.mlquiz.app;

import dev.mlquiz.store.Database;
import java.nio.file.Path;

/** Opens the database a {@link DatabaseLocation} names, or says in one line why it cannot. */
final class Databases {
    private Databases() {}

    /** Why a database could not be opened, in words for the one line mlquiz prints before it exits. */
    static final class CannotOpen extends Exception {
        CannotOpen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Database open(DatabaseLocation location) throws CannotOpen {
        if (location instanceof DatabaseLocation.SqliteFile) {
            Path file = ((DatabaseLocation.SqliteFile) location).file().toAbsolutePath();
            try {
                return Database.sqlite(file);
            } catch (RuntimeException e) {
                throw new CannotOpen("cannot open the database at " + file + ": " + DatabaseProblem.of(file, e), e);
            }
        }
        DatabaseLocation.PostgresServer server = (DatabaseLocation.PostgresServer) location;
        try {
            return Database.postgres(
                    server.jdbcUrl(),
                    server.user().orElse(null),
                    server.password().orElse(null));
        } catch (RuntimeException e) {
            // The store's message is one line without the password; a URL that carries one is not repeated.
            throw new CannotOpen(String.valueOf(e.getMessage()), e);
        }
    }
}
