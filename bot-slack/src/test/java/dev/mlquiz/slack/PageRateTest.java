package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PageRateTest {
    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final PageRate rate = new PageRate(clock, 3, 2);
    static final String ALICE = "192.0.2.1";
    static final String BOB = "192.0.2.2";

    @Test
    void a_burst_is_served_then_refused_until_the_bucket_refills() {
        assertThat(rate.tryTake(ALICE)).isTrue();
        assertThat(rate.tryTake(ALICE)).isTrue();
        assertThat(rate.tryTake(ALICE)).isTrue();
        assertThat(rate.tryTake(ALICE)).as("the burst is spent").isFalse();

        clock.advance(Duration.ofMillis(500));
        assertThat(rate.tryTake(ALICE))
                .as("two a second: one after half a second")
                .isTrue();
        assertThat(rate.tryTake(ALICE)).isFalse();
    }

    @Test
    void a_quiet_while_refills_to_the_burst_and_no_more() {
        for (int i = 0; i < 3; i++) {
            rate.tryTake(ALICE);
        }
        clock.advance(Duration.ofHours(1));

        int served = 0;
        while (rate.tryTake(ALICE)) {
            served++;
        }
        assertThat(served).isEqualTo(3);
    }

    @Test
    void one_client_flooding_the_pages_leaves_the_others_theirs() {
        while (rate.tryTake(ALICE)) {
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(rate.tryTake(BOB)).as("another address has its own bucket").isTrue();
    }

    @Test
    void many_clients_together_are_bounded_too() {
        int served = 0;
        for (int client = 0; client < 100; client++) {
            while (rate.tryTake("198.51.100." + client)) {
                served++;
            }
        }

        assertThat(served).isEqualTo(3 * PageRate.TOTAL_FACTOR);
    }
}
