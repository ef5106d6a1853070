package dev.mlquiz.store;

import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.daily.ScheduleStoreContract;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresScheduleStoreTest extends ScheduleStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected ScheduleStore store() {
        return db.stores().schedules();
    }

    @Override
    protected RoundMessages messages() {
        return JdbcStorage.roundMessages(db.database());
    }
}
