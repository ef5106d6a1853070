package dev.mlquiz.core.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Platform deliveries already handled, kept where every process sharing the storage sees them: a platform
 * retrying a delivery (Slack does when an acknowledgment is late) may reach another process, which must
 * still ignore it. Ids are the adapter's (a Slack trigger id, say), at most {@link #MAX_ID_LENGTH}
 * characters.
 */
public interface DeliveryLog {
    /** How long a delivery is remembered: platforms retry within minutes. Older entries may be deleted. */
    Duration RETENTION = Duration.ofHours(1);

    int MAX_ID_LENGTH = 255;

    /**
     * True the first time {@code deliveryId} is seen, at {@code at}; false for a repeat seen less than
     * {@link #RETENTION} after it, and true again after that. Atomic across processes: of the callers passing
     * one id at once, exactly one gets true.
     *
     * @throws IllegalArgumentException for an id that is blank or longer than {@link #MAX_ID_LENGTH}
     */
    boolean first(String deliveryId, Instant at);

    /** Handling the delivery failed: a retry of it counts as its first delivery. */
    void forget(String deliveryId);

    /** The id, if a log takes it. */
    static String checked(String deliveryId) {
        if (deliveryId.isBlank() || deliveryId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "a delivery id must be 1-" + MAX_ID_LENGTH + " characters, not " + deliveryId.length());
        }
        return deliveryId;
    }
}
