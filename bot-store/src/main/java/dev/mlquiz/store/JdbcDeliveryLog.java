package dev.mlquiz.store;

import dev.mlquiz.core.delivery.DeliveryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Deliveries in the {@code deliveries} table; rows past the retention are deleted now and then. */
final class JdbcDeliveryLog implements DeliveryLog {
    /** How often this process deletes rows past the retention: a small delete, off the caller's way. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    JdbcDeliveryLog(Database db) {
        this.db = db;
    }

    /**
     * One statement: a new id is inserted, one seen longer ago than the retention is seen anew, and any
     * other changes no row. Of two processes inserting one id, the second meets the first's row.
     */
    @Override
    public boolean first(String deliveryId, Instant at) {
        DeliveryLog.checked(deliveryId);
        long forgetBefore = at.minus(RETENTION).toEpochMilli();
        purgeIfDue(at, forgetBefore);
        return db.update(
                        "INSERT INTO deliveries (delivery_id, seen_at) VALUES (?, ?)"
                                + " ON CONFLICT (delivery_id) DO UPDATE SET seen_at = excluded.seen_at"
                                + " WHERE deliveries.seen_at <= ?",
                        deliveryId,
                        at.toEpochMilli(),
                        forgetBefore)
                == 1;
    }

    @Override
    public void forget(String deliveryId) {
        db.update("DELETE FROM deliveries WHERE delivery_id = ?", deliveryId);
    }

    private void purgeIfDue(Instant at, long forgetBefore) {
        long due = nextPurge.get();
        if (at.toEpochMilli() >= due
                && nextPurge.compareAndSet(due, at.plus(PURGE_EVERY).toEpochMilli())) {
            db.updateLater("DELETE FROM deliveries WHERE seen_at < ?", forgetBefore);
        }
    }
}
