package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.install.OAuthStates;
import dev.mlquiz.core.install.OAuthStatesContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcOAuthStatesTest extends OAuthStatesContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected OAuthStates states() {
        return JdbcStorage.oauthStates(db.database());
    }

    @Test
    void issuing_a_state_deletes_the_expired_ones() {
        states().issue("old", AT);
        states().issue("new", AT.plus(OAuthStates.LIFETIME));

        db.database().awaitQueuedUpdates();
        assertThat(db.database().query("SELECT state FROM oauth_states", row -> row.getString(1)))
                .containsExactly("new");
    }
}
