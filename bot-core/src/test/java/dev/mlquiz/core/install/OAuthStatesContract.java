package dev.mlquiz.core.install;

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

/** What every {@link OAuthStates} must do; one subclass per implementation. */
public abstract class OAuthStatesContract {
    protected static final Instant AT = Instant.parse("2026-03-04T10:00:00Z");

    protected abstract OAuthStates states();

    @Test
    void an_issued_state_is_taken_once() {
        states().issue("s1", AT);

        assertThat(states().take("s1", AT.plusSeconds(30))).isTrue();
        assertThat(states().take("s1", AT.plusSeconds(31))).isFalse();
    }

    @Test
    void a_state_never_issued_is_refused() {
        states().issue("s1", AT);

        assertThat(states().take("s2", AT)).isFalse();
        assertThat(states().take("s1", AT)).isTrue();
    }

    @Test
    void a_state_is_good_until_its_lifetime_ends() {
        states().issue("just-in-time", AT);
        states().issue("too-late", AT);

        assertThat(states().take("just-in-time", AT.plus(OAuthStates.LIFETIME).minusMillis(1)))
                .isTrue();
        assertThat(states().take("too-late", AT.plus(OAuthStates.LIFETIME))).isFalse();
    }

    @Test
    void an_expired_state_stays_refused() {
        states().issue("s1", AT);
        states().take("s1", AT.plus(OAuthStates.LIFETIME));

        assertThat(states().take("s1", AT)).isFalse();
    }

    @Test
    void a_blank_or_overlong_state_is_refused_as_input() {
        String longest = "x".repeat(OAuthStates.MAX_LENGTH);
        states().issue(longest, AT);

        assertThat(states().take(longest, AT)).isTrue();
        assertThatThrownBy(() -> states().issue(longest + "x", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> states().take(" ", AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_many_callers_taking_one_state_at_once_exactly_one_gets_it() throws Exception {
        states().issue("s1", AT);
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> taken = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                taken.add(pool.submit(() -> {
                    go.await();
                    return states().take("s1", AT);
                }));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> one : taken) {
                winners += one.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
