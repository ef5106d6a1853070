package dev.mlquiz.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin endpoints on an ephemeral port, scraped over HTTP, in front of a real quiz on SQLite. */
class AdminEndpointsTest {
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.CONSOLE, "team"), "general");
    static final String ASK_ANSWERS = "mlquiz_answers_recorded_total{kind=\"ask\"}";
    static final String WRITES = "mlquiz_db_write_batch_units_count";

    @RegisterExtension
    final TempDatabase temp = new TempDatabase();

    Database db;
    Monitoring monitoring;
    Quiz quiz;
    Scrape scrape;

    @BeforeEach
    void start() {
        db = temp.openAnother();
        monitoring = Monitoring.start(Map.of("MLQUIZ_ADMIN_PORT", "0"), db);
        quiz = new Quiz(
                TestBanks.beginner(6),
                JdbcStorage.stores(db),
                Announcer.SILENT,
                MutableClock.at("2026-03-04T10:00:00Z"),
                new SplittableRandom(1),
                monitoring.events());
        monitoring.watch(quiz);
        scrape = new Scrape(monitoring.url().orElseThrow());
    }

    @AfterEach
    void stop() {
        monitoring.close();
        db.close();
    }

    @Test
    void healthz_says_ok_while_the_process_is_alive() throws Exception {
        HttpResponse<String> health = scrape.get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
    }

    @Test
    void readyz_is_200_when_the_database_answers_and_every_platform_is_connected() throws Exception {
        monitoring.platformConnected("discord", () -> true);

        HttpResponse<String> ready = scrape.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");
    }

    @Test
    void readyz_is_503_with_one_line_per_platform_not_connected() throws Exception {
        monitoring.platformConnected("discord", () -> false);
        monitoring.platformStarting("slack");

        HttpResponse<String> ready = scrape.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("discord: not connected\nslack: starting\n");
    }

    @Test
    void readyz_is_503_once_the_database_no_longer_answers() throws Exception {
        db.close();

        HttpResponse<String> ready = scrape.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("database: not answering\n");
    }

    @Test
    void a_check_that_hangs_is_reported_within_the_limit_instead_of_holding_the_probe() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        monitoring.require("hanging", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        });

        long before = System.nanoTime();
        HttpResponse<String> ready = scrape.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("hanging: no answer within 2000 ms\n");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Scrape.TIMEOUT);
    }

    @Test
    void metrics_are_in_prometheus_text_format_with_the_game_storage_cache_and_jvm_meters() throws Exception {
        HttpResponse<String> metrics = scrape.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue(AdminServer.PROMETHEUS_TEXT);
        assertThat(metrics.body())
                .contains(
                        "# TYPE mlquiz_answers_recorded_total counter",
                        "mlquiz_rounds_opened_total{kind=\"ask\"}",
                        "mlquiz_rounds_revealed_total{kind=\"ask\"}",
                        "mlquiz_interaction_ack_seconds_bucket{platform=\"discord\"",
                        "mlquiz_interaction_ack_seconds_count{platform=\"slack\"}",
                        "mlquiz_db_write_batch_units_count",
                        "mlquiz_db_write_seconds_bucket",
                        "mlquiz_db_writes_queued",
                        "cache_gets_total{cache=\"rounds\",result=\"hit\"}",
                        "cache_gets_total{cache=\"boards\",result=\"miss\"}",
                        "jvm_memory_used_bytes",
                        "jvm_threads_live_threads",
                        "process_uptime_seconds",
                        "system_cpu_count");
    }

    @Test
    void an_answer_through_the_quiz_counts_on_the_next_scrape_with_its_round_and_its_write() throws Exception {
        String before = scrape.get("/metrics").body();
        QuestionCard card = (QuestionCard) quiz.execute(
                        new Invocation(player("asker"), CHANNEL, "general", false),
                        CommandParser.parse("ask", quiz.bank().topics()))
                .view();
        quiz.answer(player("alice"), CHANNEL, card.round(), Letter.A);
        quiz.answer(player("alice"), CHANNEL, card.round(), Letter.B);

        String after = scrape.get("/metrics").body();

        assertThat(Scrape.sample(before, ASK_ANSWERS)).hasValue(0.0);
        assertThat(Scrape.sample(after, ASK_ANSWERS)).hasValue(1.0);
        assertThat(Scrape.sample(after, "mlquiz_rounds_opened_total{kind=\"ask\"}"))
                .hasValue(1.0);
        // The writer reports a transaction once its callers have their answers: give it a moment.
        double writesBefore = Scrape.sample(before, WRITES).orElseThrow();
        long deadline = System.nanoTime() + Scrape.TIMEOUT.toNanos();
        while (Scrape.sample(after, WRITES).orElseThrow() <= writesBefore && System.nanoTime() < deadline) {
            after = scrape.get("/metrics").body();
        }
        assertThat(Scrape.sample(after, WRITES).orElseThrow()).isGreaterThan(writesBefore);
    }

    @Test
    void connected_shards_and_installed_workspaces_are_read_at_each_scrape() throws Exception {
        int[] shards = {1};
        monitoring.connectedShards(() -> shards[0]);
        monitoring.installedWorkspaces(() -> 3);
        String first = scrape.get("/metrics").body();
        shards[0] = 4;

        String second = scrape.get("/metrics").body();

        assertThat(Scrape.sample(first, "mlquiz_discord_shards_connected")).hasValue(1.0);
        assertThat(Scrape.sample(second, "mlquiz_discord_shards_connected")).hasValue(4.0);
        assertThat(Scrape.sample(second, "mlquiz_slack_workspaces_installed")).hasValue(3.0);
    }

    @Test
    void other_paths_are_not_found_and_other_methods_not_allowed() throws Exception {
        assertThat(scrape.get("/").statusCode()).isEqualTo(404);
        assertThat(scrape.get("/healthz/more").statusCode()).isEqualTo(404);
        HttpResponse<String> post =
                scrape.send(HttpRequest.newBuilder(URI.create(monitoring.url().orElseThrow() + "/readyz"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void without_an_admin_port_nothing_listens_and_nothing_is_measured() {
        try (Monitoring off = Monitoring.start(Map.of(), db)) {
            assertThat(off.url()).isEmpty();
            assertThat(off.events()).isSameAs(QuizEvents.NONE);
        }
    }

    @Test
    void a_port_that_is_not_a_number_is_refused_in_one_line() {
        assertThatThrownBy(() -> Monitoring.start(Map.of("MLQUIZ_ADMIN_PORT", "ninety"), db))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MLQUIZ_ADMIN_PORT must be a port number from 0 to 65535, not 'ninety'");
    }

    @Test
    void a_port_in_use_is_refused_in_one_line_naming_it() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());

            assertThatThrownBy(() -> Monitoring.start(Map.of("MLQUIZ_ADMIN_PORT", port), db))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot serve the admin endpoints on 127.0.0.1:" + port + ": ")
                    .hasMessageEndingWith("(set MLQUIZ_ADMIN_PORT to a free port)");
        }
    }

    static Player player(String name) {
        return new Player(new PlayerId(Platform.CONSOLE, name), name);
    }
}
