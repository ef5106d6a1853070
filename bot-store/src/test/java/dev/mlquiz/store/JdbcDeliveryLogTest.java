package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.delivery.DeliveryLogContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDeliveryLogTest extends DeliveryLogContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    DeliveryLog log;

    @Override
    protected DeliveryLog log() {
        if (log == null) {
            log = JdbcStorage.deliveryLog(db.database());
        }
        return log;
    }

    int rows() {
        db.database().awaitQueuedUpdates();
        return db.database()
                .queryOne("SELECT COUNT(*) FROM deliveries", row -> row.getInt(1))
                .orElseThrow();
    }

    @Test
    void deliveries_past_the_retention_are_deleted() {
        log().first("command:old", AT);
        log().first("command:recent", AT.plus(DeliveryLog.RETENTION).minusSeconds(1));

        log().first("command:new", AT.plus(DeliveryLog.RETENTION).plus(JdbcDeliveryLog.PURGE_EVERY));

        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void a_delivery_seen_by_one_process_is_not_first_for_another() {
        try (Database other = Database.sqlite(db.file())) {
            log().first("action:U1:1.1", AT);

            assertThat(JdbcStorage.deliveryLog(other).first("action:U1:1.1", AT.plusSeconds(60)))
                    .isFalse();
        }
    }
}
