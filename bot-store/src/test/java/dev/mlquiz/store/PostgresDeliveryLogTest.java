package dev.mlquiz.store;

import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.delivery.DeliveryLogContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDeliveryLogTest extends DeliveryLogContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    DeliveryLog log;

    @Override
    protected DeliveryLog log() {
        if (log == null) {
            log = JdbcStorage.deliveryLog(db.database());
        }
        return log;
    }
}
