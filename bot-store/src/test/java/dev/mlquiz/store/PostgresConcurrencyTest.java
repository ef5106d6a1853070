package dev.mlquiz.store;

import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many clicks at once on a PostgreSQL database. */
class PostgresConcurrencyTest extends ConcurrencyContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected FixtureStorage storage() {
        return db.storage();
    }
}
