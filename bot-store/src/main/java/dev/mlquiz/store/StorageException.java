package dev.mlquiz.store;

import java.sql.SQLException;

/**
 * Broken infrastructure (disk full, database locked for too long, a database server that cannot be
 * reached): a bug or an outage, not a game state.
 */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** {@code message} is shown to whoever runs the bot: one line, never a credential. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
