package dev.mlquiz.store;

import dev.mlquiz.core.install.OAuthStates;
import dev.mlquiz.core.install.OAuthStatesContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOAuthStatesTest extends OAuthStatesContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected OAuthStates states() {
        return JdbcStorage.oauthStates(db.database());
    }
}
