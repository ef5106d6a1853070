package dev.mlquiz.slack;

import dev.mlquiz.core.delivery.DeliveryLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers deliveries already handled, so a retried request (X-Slack-Retry-Num) or the same payload
 * arriving twice is acknowledged but not acted on again. The memory is the {@link DeliveryLog}, shared
 * with every process on the same database: a retry that lands on another instance is ignored there too.
 */
final class Deliveries {
    private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

    /** Whether a delivery was seen before, as far as the log can tell. */
    enum Seen {
        FIRST,
        AGAIN,
        /** The log could not be read (its database is down); the failure is logged. */
        UNKNOWN
    }

    private final DeliveryLog log;
    private final Clock clock;

    Deliveries(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** FIRST the first time a key is seen; never throws, each caller decides what an UNKNOWN means. */
    Seen seen(String key) {
        try {
            return log.first(id(key), clock.instant()) ? Seen.FIRST : Seen.AGAIN;
        } catch (RuntimeException e) {
            logger.warn("the delivery log could not be read: {}", ErrorLine.of(e));
            return Seen.UNKNOWN;
        }
    }

    /** Handling failed: a retry of the same delivery may try again. A failure to forget is only logged. */
    void forget(String key) {
        try {
            log.forget(id(key));
        } catch (RuntimeException e) {
            logger.warn("the delivery log could not forget a delivery: {}", ErrorLine.of(e));
        }
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
