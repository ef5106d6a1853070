package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BoundedCloseTest {
    final List<String> closed = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream reported = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(reported, true, StandardCharsets.UTF_8);

    final class Platform implements AutoCloseable {
        private final String name;

        Platform(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            closed.add(name);
        }
    }

    static final class HangingPlatform implements AutoCloseable {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void close() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final class FailingPlatform implements AutoCloseable {
        @Override
        public void close() {
            throw new IllegalStateException("socket already gone");
        }
    }

    @Test
    void closes_in_list_order() {
        BoundedClose.inOrder(List.of(new Platform("timer"), new Platform("slack")), Duration.ofSeconds(10), err);

        assertThat(closed).containsExactly("timer", "slack");
        assertThat(reported.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void a_close_that_hangs_is_left_behind_when_time_is_up_and_the_rest_still_close() {
        HangingPlatform hanging = new HangingPlatform();
        try {
            BoundedClose.inOrder(List.of(hanging, new Platform("discord")), Duration.ofMillis(200), err);
        } finally {
            hanging.release.countDown();
        }

        assertThat(closed).containsExactly("discord");
        assertThat(reported.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: HangingPlatform did not stop within 0.2 s; leaving it behind\n");
    }

    @Test
    void a_close_that_fails_is_reported_in_one_line_and_the_rest_still_close() {
        BoundedClose.inOrder(List.of(new FailingPlatform(), new Platform("discord")), Duration.ofSeconds(10), err);

        assertThat(closed).containsExactly("discord");
        assertThat(reported.toString(StandardCharsets.UTF_8))
                .isEqualTo("mlquiz: closing FailingPlatform failed: java.lang.IllegalStateException: socket already"
                        + " gone\n");
    }
}
