package dev.mlquiz.core.store;

import dev.mlquiz.core.round.CachingRoundStore;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.round.RoundStoreContract;
import dev.mlquiz.core.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class CachingRoundStoreTest extends RoundStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    private RoundStore store;

    @Override
    protected RoundStore store() {
        if (store == null) {
            store = new CachingRoundStore(db.stores().rounds());
        }
        return store;
    }
}
