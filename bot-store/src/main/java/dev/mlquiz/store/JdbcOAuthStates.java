package dev.mlquiz.store;

import dev.mlquiz.core.install.OAuthStates;
import java.time.Instant;

/** States in the {@code oauth_states} table; taking one deletes it, and issuing deletes the expired ones. */
final class JdbcOAuthStates implements OAuthStates {
    private final Database db;

    JdbcOAuthStates(Database db) {
        this.db = db;
    }

    @Override
    public void issue(String state, Instant issuedAt) {
        OAuthStates.checked(state);
        db.updateLater("DELETE FROM oauth_states WHERE expires_at <= ?", issuedAt.toEpochMilli());
        db.update(
                "INSERT INTO oauth_states (state, expires_at) VALUES (?, ?)",
                state,
                issuedAt.plus(LIFETIME).toEpochMilli());
    }

    /** One delete decides: of two processes taking one state, the second finds no row. */
    @Override
    public boolean take(String state, Instant at) {
        OAuthStates.checked(state);
        if (db.update("DELETE FROM oauth_states WHERE state = ? AND expires_at > ?", state, at.toEpochMilli()) == 1) {
            return true;
        }
        db.update("DELETE FROM oauth_states WHERE state = ?", state); // expired: never good again
        return false;
    }
}
