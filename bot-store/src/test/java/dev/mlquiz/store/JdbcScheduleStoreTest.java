package dev.mlquiz.store;

import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.daily.ScheduleStoreContract;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcScheduleStoreTest extends ScheduleStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected ScheduleStore store() {
        return db.stores().schedules();
    }

    @Override
    protected RoundMessages messages() {
        return JdbcStorage.roundMessages(db.database());
    }
}
