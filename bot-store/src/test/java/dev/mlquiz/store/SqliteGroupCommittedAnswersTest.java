package dev.mlquiz.store;

import dev.mlquiz.store.testing.TempDatabase;
import dev.mlquiz.store.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteGroupCommittedAnswersTest extends GroupCommittedAnswersContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected TestDatabase temp() {
        return db;
    }
}
