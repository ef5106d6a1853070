package dev.mlquiz.store;

import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.testing.TempPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three instances on one PostgreSQL database, as a deployment with a shared server runs them. */
class PostgresSeveralInstancesTest extends SeveralInstancesTest {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    FixtureStorage storage(Path dir) {
        return db.storage();
    }
}
