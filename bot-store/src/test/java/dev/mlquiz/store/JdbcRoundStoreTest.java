package dev.mlquiz.store;

import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.round.RoundStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRoundStoreTest extends RoundStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected RoundStore store() {
        return db.stores().rounds();
    }
}
