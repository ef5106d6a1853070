package dev.mlquiz.store;

import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryCardStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMemoryCardsTest extends MemoryCardStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected MemoryCardStore store() {
        return db.stores().memories();
    }
}
