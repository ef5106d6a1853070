package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UncaughtFailureLogTest {
    @Test
    void a_thread_that_dies_of_an_exception_is_logged_as_one_error_line_naming_it() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(UncaughtFailureLog.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        logger.setAdditive(false); // kept off the build's console: the test reads the line itself
        try {
            Thread worker = new Thread(
                    () -> {
                        throw new IllegalStateException("the button's round is gone");
                    },
                    "mlquiz-slack-3");
            worker.setUncaughtExceptionHandler(new UncaughtFailureLog());
            worker.start();
            worker.join();
        } finally {
            logger.detachAppender(events);
            logger.setAdditive(true);
        }

        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage())
                    .startsWith("thread mlquiz-slack-3 failed: java.lang.IllegalStateException: the button's round is"
                            + " gone (at dev.mlquiz.app.UncaughtFailureLogTest")
                    .doesNotContain("\n");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
