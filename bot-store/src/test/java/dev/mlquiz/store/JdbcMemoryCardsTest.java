package dev.mlquiz.store;

import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryCardStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcMemoryCardsTest extends MemoryCardStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected MemoryCardStore store() {
        return db.stores().memories();
    }
}
