package dev.mlquiz.store;

import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBatchedUpdatesTest extends BatchedUpdatesContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected TestDatabase temp() {
        return db;
    }
}
