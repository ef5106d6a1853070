package dev.mlquiz.store;

import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances on one PostgreSQL database. */
class PostgresTwoInstancesTest extends TwoInstancesContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected FixtureStorage storage() {
        return db.storage();
    }

    @Override
    protected Database openA() {
        return db.openAnother();
    }
}
