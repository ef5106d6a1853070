package dev.mlquiz.slack;

import dev.mlquiz.core.delivery.DeliveryLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Remembers deliveries already handled, so a retried request (X-Slack-Retry-Num) or the same payload
 * arriving twice is acknowledged but not acted on again. The memory is the {@link DeliveryLog}, shared
 * with every process on the same database: a retry that lands on another instance is ignored there too.
 */
final class Deliveries {
    private final DeliveryLog log;
    private final Clock clock;

    Deliveries(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** True the first time a key is seen. */
    boolean first(String key) {
        return log.first(id(key), clock.instant());
    }

    /** Handling failed: a retry of the same delivery may try again. */
    void forget(String key) {
        log.forget(id(key));
    }

    /**
     * The key as the log takes it: a key built from an odd payload (a user id of 500 characters) is
     * longer than the log's ids, so it goes by its digest.
     */
    static String id(String key) {
        if (key.length() <= DeliveryLog.MAX_ID_LENGTH) {
            return key;
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
