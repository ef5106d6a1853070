package dev.mlquiz.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers deliveries already handled, so a retried request (X-Slack-Retry-Num) or the same payload
 * arriving twice is acknowledged but not acted on again.
 */
final class Deliveries {
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(30))
            .maximumSize(100_000)
            .build();

    /** True the first time a key is seen. */
    boolean first(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Handling failed: a retry of the same delivery may try again. */
    void forget(String key) {
        seen.invalidate(key);
    }
}
