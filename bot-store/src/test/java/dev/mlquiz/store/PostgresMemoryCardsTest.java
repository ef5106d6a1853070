package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;

import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.MemoryCardStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMemoryCardsTest extends MemoryCardStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

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

    @Override
    protected void awaitWaiting(Thread second, CompletableFuture<?> done) {
        awaitUntil(() -> done.isDone() || db.storage().sessionsWaitingForLocks() > 0);
    }

    @AfterEach
    void closeAnother() {
        if (another != null) {
            another.close();
        }
    }
}
