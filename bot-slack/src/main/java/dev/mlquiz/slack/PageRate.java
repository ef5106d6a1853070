package dev.mlquiz.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * How many OAuth pages (the install page, the redirect) the HTTP front serves. Each page writes to the
 * database (an install state, its use) and installs are rare, so a flood is refused instead of queueing
 * writes beside the answers. Each client address has its own bucket of {@code burst} that refills
 * {@code perSecond}, so one client flooding the pages does not lock every installer out; a bucket for all
 * clients together bounds a flood from many.
 */
final class PageRate {
    static final int BURST = 20;
    static final int PER_SECOND = 5;
    /** All clients together: five clients' worth. */
    static final int TOTAL_FACTOR = 5;
    /** Clients remembered at most; a forgotten one starts again with a full bucket. */
    static final int CLIENTS_KEPT = 10_000;

    private final Clock clock;
    private final int burst;
    private final int perSecond;
    private final Bucket total;
    private final Cache<String, Bucket> clients = Caffeine.newBuilder()
            .maximumSize(CLIENTS_KEPT)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    PageRate(Clock clock, int burst, int perSecond) {
        this.clock = clock;
        this.burst = burst;
        this.perSecond = perSecond;
        this.total = new Bucket(burst * TOTAL_FACTOR, perSecond * TOTAL_FACTOR, clock.millis());
    }

    static PageRate defaults(Clock clock) {
        return new PageRate(clock, BURST, PER_SECOND);
    }

    /** Takes one page for {@code client} (its address); false when its bucket or the shared one is empty. */
    synchronized boolean tryTake(String client) {
        long now = clock.millis();
        Bucket own = clients.get(client, key -> new Bucket(burst, perSecond, now));
        if (!own.tryTake(now)) {
            return false;
        }
        if (!total.tryTake(now)) {
            own.giveBack();
            return false;
        }
        return true;
    }

    private static final class Bucket {
        private final int burst;
        private final double perMilli;
        private double tokens;
        private long refilledAt;

        Bucket(int burst, int perSecond, long now) {
            this.burst = burst;
            this.perMilli = perSecond / 1000.0;
            this.tokens = burst;
            this.refilledAt = now;
        }

        boolean tryTake(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - refilledAt) * perMilli);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        void giveBack() {
            tokens = Math.min(burst, tokens + 1);
        }
    }
}
