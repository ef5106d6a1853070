package dev.mlquiz.store;

import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.round.RoundStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRoundStoreTest extends RoundStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected RoundStore store() {
        return db.stores().rounds();
    }
}
