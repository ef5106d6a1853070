package dev.mlquiz.store;

import java.sql.SQLException;

/** Broken infrastructure (disk full, database locked for too long): a bug or an outage, not a game state. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
