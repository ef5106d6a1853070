package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkersTest {
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(Workers.class);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        release.countDown();
        logger.detachAppender(logs);
    }

    Runnable blocked(String name) {
        return () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add(name);
        };
    }

    @Test
    void a_failing_task_is_logged_in_one_line_naming_the_error() throws Exception {
        Workers workers = new Workers("test", 1, 10);

        workers.submit("confirming a click", () -> {
            throw new IllegalStateException("response_url gone");
        });
        workers.close(Duration.ofSeconds(10));

        assertThat(logs.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage())
                    .isEqualTo("confirming a click failed: IllegalStateException: response_url gone");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void a_task_that_does_not_fit_is_refused_and_logged() {
        Workers workers = new Workers("test", 1, 1);
        workers.submit("first", blocked("first"));
        workers.submit("queued", () -> ran.add("queued"));

        boolean taken = workers.submit("one too many", () -> ran.add("one too many"));

        assertThat(taken).isFalse();
        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("one too many dropped: the test pool is full");
    }

    @Test
    void a_task_named_with_outside_text_is_logged_as_a_one_line_excerpt() {
        Workers workers = new Workers("test", 1, 1);
        workers.submit("first", blocked("first"));
        workers.submit("queued", () -> ran.add("queued"));
        String text = "stats\n12:00:00.000 ERROR d.m.a.Main - FORGED " + "x".repeat(1000);

        assertThat(workers.submit("/mlquiz " + text, () -> {})).isFalse();

        assertThat(logs.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage())
                    .startsWith("/mlquiz stats 12:00:00.000 ERROR d.m.a.Main - FORGED xxx")
                    .doesNotContain("\n");
            assertThat(line.getFormattedMessage().length()).isLessThan(400);
        });
    }

    @Test
    void closing_runs_the_queued_tasks_before_it_returns() throws Exception {
        Workers workers = new Workers("test", 1, 10);
        workers.submit("first", blocked("first"));
        workers.submit("second", () -> ran.add("second"));
        Thread closer = new Thread(() -> workers.close(Duration.ofSeconds(20)));
        closer.start();

        release.countDown();
        closer.join();

        assertThat(ran).containsExactly("first", "second");
        assertThat(workers.submit("late", () -> ran.add("late"))).isFalse();
    }

    @Test
    void closing_returns_after_its_grace_even_if_a_task_never_ends() {
        Workers workers = new Workers("test", 1, 10);
        workers.submit("stuck", blocked("stuck"));
        workers.submit("queued", () -> ran.add("queued"));

        boolean finished = workers.close(Duration.ofMillis(50));

        assertThat(finished).isFalse();
        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("test pool stopped before finishing: 1 queued tasks dropped");
    }
}
