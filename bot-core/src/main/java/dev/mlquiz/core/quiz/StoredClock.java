package dev.mlquiz.core.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The injected clock, read at the precision storage keeps. */
record StoredClock(Clock clock) {
    StoredClock {
        Objects.requireNonNull(clock, "clock");
    }

    /** Milliseconds are what storage keeps, so rounds compare equal before and after a restart. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
