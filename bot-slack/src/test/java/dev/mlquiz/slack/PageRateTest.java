package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PageRateTest {
    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final PageRate rate = new PageRate(clock, 3, 2);

    @Test
    void a_burst_is_served_then_refused_until_the_bucket_refills() {
        assertThat(rate.tryTake()).isTrue();
        assertThat(rate.tryTake()).isTrue();
        assertThat(rate.tryTake()).isTrue();
        assertThat(rate.tryTake()).as("the burst is spent").isFalse();

        clock.advance(Duration.ofMillis(500));
        assertThat(rate.tryTake()).as("two a second: one after half a second").isTrue();
        assertThat(rate.tryTake()).isFalse();
    }

    @Test
    void a_quiet_while_refills_to_the_burst_and_no_more() {
        for (int i = 0; i < 3; i++) {
            rate.tryTake();
        }
        clock.advance(Duration.ofHours(1));

        int served = 0;
        while (rate.tryTake()) {
            served++;
        }
        assertThat(served).isEqualTo(3);
    }
}
