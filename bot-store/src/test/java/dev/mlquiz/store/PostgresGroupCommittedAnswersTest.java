package dev.mlquiz.store;

import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresGroupCommittedAnswersTest extends GroupCommittedAnswersContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected TestDatabase temp() {
        return db;
    }
}
