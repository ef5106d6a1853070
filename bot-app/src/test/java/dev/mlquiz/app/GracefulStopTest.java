package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlquiz.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher in a child JVM, stopped the way an operator or a container runtime stops it. */
class GracefulStopTest {
    /** Generous: a child JVM starts, migrates a database and loads the question bank on a busy machine. */
    static final Duration STARTED = Duration.ofSeconds(60);
    /** The stop's own bound (grace period plus the database's allowance) and some slack. */
    static final Duration STOPPED =
            Main.SHUTDOWN_GRACE.plus(ShutdownSignal.DATABASE_CLOSE_ALLOWANCE).plusSeconds(10);

    @TempDir
    Path dir;

    Process launcher;
    Thread copyingOutput;
    final Transcript printed = new Transcript();

    Process launch(Map<String, String> settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(
                        name -> name.startsWith("MLQUIZ_") || name.startsWith("SLACK_") || name.startsWith("DISCORD_"));
        env.put("MLQUIZ_DB", dir.resolve("quiz.db").toString());
        env.putAll(settings);
        launcher = builder.start();
        copyingOutput = new Thread(() -> copy(launcher.getInputStream()), "launcher-output");
        copyingOutput.setDaemon(true);
        copyingOutput.start();
        return launcher;
    }

    private void copy(InputStream output) {
        try (output) {
            output.transferTo(printed);
        } catch (IOException e) {
            // the child is gone; what it printed is in the transcript
        }
    }

    /**
     * Sends SIGTERM and returns the exit code once the process has exited and everything it printed is in
     * the transcript. {@link ProcessHandle#destroy()} sends SIGTERM on Linux; {@link Process#destroy()}
     * would too, but it also closes our end of the output pipe, losing what the process prints as it stops.
     */
    int sigterm(Process process) throws InterruptedException {
        assertThat(process.toHandle().destroy()).as("SIGTERM sent").isTrue();
        assertThat(process.waitFor(STOPPED.toSeconds(), TimeUnit.SECONDS))
                .as("exited within %s; printed:%n%s", STOPPED, printed.text())
                .isTrue();
        copyingOutput.join(STOPPED.toMillis());
        return process.exitValue();
    }

    @AfterEach
    void killLeftovers() {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
    }

    @Test
    void sigterm_in_the_console_stores_every_answer_and_player_and_exits_0() throws Exception {
        Process console = launch(Map.of());
        OutputStream typing = console.getOutputStream();
        typing.write("/mlquiz ask\nA\n/as alice\nB\n/as bob\nC\n".getBytes(StandardCharsets.UTF_8));
        typing.flush(); // and left open: the console is waiting for the next line when the signal comes
        printed.await("bob: Locked in", STARTED);

        assertThat(sigterm(console)).as(printed.text()).isZero();

        assertThat(printed.text()).endsWith("mlquiz stopped cleanly.\n");
        try (Database db = Database.sqlite(dir.resolve("quiz.db"))) {
            assertThat(db.query(
                            "SELECT p.display_name FROM answers a JOIN players p ON p.player_key = a.player_key"
                                    + " ORDER BY p.display_name",
                            row -> row.getString(1)))
                    .containsExactly("alice", "bob", "you");
        }
    }

    @Test
    void sigterm_on_slack_closes_the_connection_and_the_database_and_exits_0() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer slack = fakeSlack(calls);
        try {
            Process bot = launch(Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-test",
                    "SLACK_SIGNING_SECRET", "test-secret",
                    "MLQUIZ_HTTP_HOST", "127.0.0.1",
                    "MLQUIZ_HTTP_PORT", "0",
                    "SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/"));
            printed.await("mlquiz is running", STARTED);

            assertThat(sigterm(bot)).as(printed.text()).isZero();

            assertThat(printed.text()).contains("SIGTERM received, stopping").endsWith("mlquiz stopped cleanly.\n");
            assertThat(calls).contains("/api/auth.test");
        } finally {
            slack.stop(0);
        }
    }

    /** Slack's Web API as far as starting needs it: auth.test accepts the token, anything else is ok. */
    static HttpServer fakeSlack(List<String> calls) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.add(exchange.getRequestURI().getPath());
            respond(
                    exchange,
                    exchange.getRequestURI().getPath().equals("/api/auth.test")
                            ? "{\"ok\":true,\"team\":\"T\",\"team_id\":\"T1\",\"user_id\":\"UB\",\"bot_id\":\"B1\"}"
                            : "{\"ok\":true}");
        });
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, String json) {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
