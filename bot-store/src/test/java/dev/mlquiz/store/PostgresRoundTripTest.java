package dev.mlquiz.store;

import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Round trips on a PostgreSQL database. */
class PostgresRoundTripTest extends RoundTripContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
