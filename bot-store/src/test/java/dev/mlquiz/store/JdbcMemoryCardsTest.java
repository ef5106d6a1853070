package dev.mlquiz.store;

import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryCardStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcMemoryCardsTest extends MemoryCardStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    private volatile Database another;

    @Override
    protected MemoryCardStore store() {
        return db.stores().memories();
    }

    @Override
    protected MemoryCardStore anotherProcess() {
        another = db.openAnother();
        return new JdbcMemoryCards(another);
    }

    @AfterEach
    void closeAnother() {
        if (another != null) {
            another.close();
        }
    }
}
