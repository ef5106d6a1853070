package dev.mlquiz.slack;

import java.time.Clock;

/**
 * How many OAuth pages (the install page, the redirect) the HTTP front serves: a bucket of {@code burst}
 * that refills {@code perSecond}. Each page writes to the database (an install state, its use), and
 * installs are rare: a flood of page requests is refused instead of queueing writes beside the answers.
 */
final class PageRate {
    static final int BURST = 20;
    static final int PER_SECOND = 5;

    private final Clock clock;
    private final int burst;
    private final double perMilli;
    private double tokens;
    private long refilledAt;

    PageRate(Clock clock, int burst, int perSecond) {
        this.clock = clock;
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.refilledAt = clock.millis();
    }

    static PageRate defaults(Clock clock) {
        return new PageRate(clock, BURST, PER_SECOND);
    }

    /** Takes one page from the bucket; false when it is empty. */
    synchronized boolean tryTake() {
        long now = clock.millis();
        tokens = Math.min(burst, tokens + Math.max(0, now - refilledAt) * perMilli);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
