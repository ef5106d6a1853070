package dev.mlquiz.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryLog} must do; one subclass per implementation. */
public abstract class DeliveryLogContract {
    protected static final Instant AT = Instant.parse("2026-03-04T10:00:00Z");

    protected abstract DeliveryLog log();

    @Test
    void a_delivery_is_first_once() {
        assertThat(log().first("command:T1", AT)).isTrue();

        assertThat(log().first("command:T1", AT)).isFalse();
        assertThat(log().first("command:T1", AT.plusSeconds(300))).isFalse();
    }

    @Test
    void deliveries_are_kept_apart() {
        log().first("command:T1", AT);

        assertThat(log().first("command:T2", AT)).isTrue();
        assertThat(log().first("event:T1", AT)).isTrue();
    }

    @Test
    void a_forgotten_delivery_counts_as_new_and_is_remembered_again() {
        log().first("action:U1:1.1", AT);

        log().forget("action:U1:1.1");

        assertThat(log().first("action:U1:1.1", AT.plusSeconds(1))).isTrue();
        assertThat(log().first("action:U1:1.1", AT.plusSeconds(2))).isFalse();
    }

    @Test
    void forgetting_a_delivery_never_seen_changes_nothing() {
        log().forget("command:never");

        assertThat(log().first("command:never", AT)).isTrue();
    }

    @Test
    void a_delivery_is_remembered_for_the_retention_and_then_counts_as_new() {
        log().first("command:T1", AT);

        assertThat(log().first("command:T1", AT.plus(DeliveryLog.RETENTION).minusMillis(1)))
                .isFalse();
        assertThat(log().first("command:T1", AT.plus(DeliveryLog.RETENTION))).isTrue();
        assertThat(log().first("command:T1", AT.plus(DeliveryLog.RETENTION).plusSeconds(1)))
                .isFalse();
    }

    @Test
    void the_longest_id_is_taken_and_a_longer_or_blank_one_refused() {
        String longest = "x".repeat(DeliveryLog.MAX_ID_LENGTH);

        assertThat(log().first(longest, AT)).isTrue();
        assertThat(log().first(longest, AT)).isFalse();
        assertThatThrownBy(() -> log().first(longest + "x", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log().first(" ", AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_many_callers_passing_one_delivery_at_once_exactly_one_is_first() throws Exception {
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> seen = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                seen.add(pool.submit(() -> {
                    go.await();
                    return log().first("action:U1:1.1", AT);
                }));
            }
            go.countDown();
            int first = 0;
            for (Future<Boolean> one : seen) {
                first += one.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
