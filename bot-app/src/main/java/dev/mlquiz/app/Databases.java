package dev.mlquiz.app;

import dev.mlquiz.store.Database;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the database a {@link DatabaseLocation} names, or says in one line why it cannot. */
final class Databases {
    private Databases() {}

    /** Why a database could not be opened, in words for the one line mlquiz prints before it exits. */
    static final class CannotOpen extends Exception {
        CannotOpen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Opens the configured database and says where it is, or says in one line why it cannot be opened. */
    static Optional<Database> openSaying(AppConfig config, PrintStream err) {
        Database db;
        try {
            db = open(config.database());
        } catch (CannotOpen e) {
            err.println("mlquiz: " + e.getMessage());
            return Optional.empty();
        }
        err.println("mlquiz: scores are kept in " + config.database().shown() + " (set MLQUIZ_DB to change)");
        config.databaseNote().ifPresent(note -> err.println("mlquiz: " + note));
        return Optional.of(db);
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
