package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.app.admin.Scrape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher with MLQUIZ_ADMIN_PORT: its endpoints scraped while a player answers in the console. */
class AdminLaunchTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern URL = Pattern.compile("health and metrics on (http://127\\.0\\.0\\.1:\\d+)/healthz");

    @TempDir
    Path dir;

    @Test
    void the_console_serves_health_readiness_and_an_answer_counted_in_the_metrics() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        Transcript printed = new Transcript();
        Transcript said = new Transcript();
        ShutdownSignal shutdown = new ShutdownSignal();
        Main main = new Main(
                Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString(), "MLQUIZ_ADMIN_PORT", "0"),
                new PipedInputStream(typing),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(said, true, StandardCharsets.UTF_8),
                false,
                () -> shutdown);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> main.run(List.of()));
        said.await("/healthz, /readyz, /metrics", WAIT);
        Matcher url = URL.matcher(said.text());
        assertThat(url.find()).as("the admin URL in: %s", said.text()).isTrue();
        Scrape scrape = new Scrape(url.group(1));

        typing.write("/mlquiz ask\nA\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        printed.await("Locked in", WAIT);

        assertThat(scrape.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(scrape.get("/readyz").statusCode()).isEqualTo(200);
        String metrics = scrape.get("/metrics").body();
        assertThat(Scrape.sample(metrics, "mlquiz_answers_recorded_total{kind=\"ask\"}"))
                .hasValue(1.0);
        assertThat(Scrape.sample(metrics, "mlquiz_rounds_opened_total{kind=\"ask\"}"))
                .hasValue(1.0);
        shutdown.request();
        assertThat(status.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
    }

    @Test
    void a_bad_admin_port_stops_the_launch_with_one_line() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(
                Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString(), "MLQUIZ_ADMIN_PORT", "70000"),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                ShutdownSignal::new);

        assertThat(main.run(List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .endsWith("mlquiz: MLQUIZ_ADMIN_PORT must be a port number from 0 to 65535, not '70000'\n");
    }
}
