package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP front on its own, in front of a real Bolt app whose {@code /mlquiz} handler only counts and
 * acknowledges: what the internet may send it, and what it answers.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackHttpServerTest {
    static final String SECRET = "front-test-secret";
    /** Small limits, so each can be reached by a test in a few milliseconds. */
    static final HttpLimits SMALL = new HttpLimits(
            8, 64, 16, 2 * 1024, 4 * 1024, Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMillis(200));

    final FakeSlack slack = new FakeSlack();
    final SignedRequests signed = new SignedRequests(SECRET);
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final AtomicInteger handled = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<Socket> sockets = new ArrayList<>();
    volatile boolean holdRequests;
    SlackHttpServer server;

    SlackHttpServer start(HttpLimits limits) throws Exception {
        App app = new App(AppConfig.builder()
                .signingSecret(SECRET)
                .singleTeamBotToken("xoxb-test")
                .slack(Slack.getInstance(slack.slackConfig()))
                .build());
        app.command("/mlquiz", (request, context) -> {
            handled.incrementAndGet();
            if (holdRequests) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return context.ack("ok");
        });
        server = new SlackHttpServer(
                app, new RequestSignatures(SECRET, Clock.systemUTC()), new InetSocketAddress("127.0.0.1", 0), limits);
        return server;
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        for (Socket socket : sockets) {
            socket.close();
        }
        if (server != null) {
            server.close(Duration.ofSeconds(5));
        }
        slack.close();
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.PATH);
    }

    HttpResponse<String> send(SignedRequests.SignedRequest request) throws Exception {
        return http.send(request.toHttpRequest(events()), HttpResponse.BodyHandlers.ofString());
    }

    SignedRequests.SignedRequest command() {
        return signed.slashCommand(SlackPayloads.slashCommand("help"));
    }

    Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        return socket;
    }

    /** Writes raw bytes on a new connection. */
    Socket raw(String text) throws IOException {
        Socket socket = open();
        write(socket, text);
        return socket;
    }

    static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The status code of the next response on the connection, read to its end. */
    static int status(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        int status = Integer.parseInt(line(in).split(" ")[1]);
        long length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(
                        header.substring("content-length:".length()).strip());
            }
        }
        in.skipNBytes(length);
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("closed mid-response after '" + line + "'");
            }
            line.append((char) b);
        }
        return line.toString().strip();
    }

    /** True once the server has closed the connection (everything it still sends is skipped). */
    static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // a response before the close is fine
            }
            return true;
        } catch (IOException reset) {
            return true;
        }
    }

    static String request(String method, String path, String contentType, String body) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    @Test
    void fifty_stalled_connections_do_not_delay_a_valid_request() throws Exception {
        start(HttpLimits.DEFAULTS);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stalled.add(raw(
                    "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: 100000\r\n\r\npayload=%7B"));
        }

        HttpResponse<String> answer = send(command());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("ok");
        // Answered while every stalled request was still waiting for its body: it did not queue behind
        // them until their body deadline cut them off.
        assertThat(stalled)
                .allSatisfy(socket -> assertThat(stillWaiting(socket)).isTrue());
    }

    /** True when the server has neither answered nor closed the connection yet. */
    static boolean stillWaiting(Socket socket) {
        try {
            socket.setSoTimeout(1);
            socket.getInputStream().read();
            return false; // an answer, or the end of the stream
        } catch (java.net.SocketTimeoutException waiting) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    @Test
    void a_body_that_stalls_is_answered_408_and_its_connection_closed() throws Exception {
        start(SMALL);
        Socket stalled = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncommand=");

        assertThat(status(stalled)).isEqualTo(408);
        assertThat(closedByServer(stalled)).isTrue();
        assertThat(handled).hasValue(0);
    }

    @Test
    void a_connection_that_goes_quiet_mid_headers_or_between_requests_is_closed() throws Exception {
        start(SMALL);
        Socket slowloris = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
        SignedRequests.SignedRequest valid = command();
        Socket keepAlive = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + SignedRequests.FORM + "\r\nX-Slack-Request-Timestamp: " + valid.timestamp()
                + "\r\nX-Slack-Signature: " + valid.signature() + "\r\nContent-Length: "
                + valid.body().length()
                + "\r\n\r\n" + valid.body());

        assertThat(status(keepAlive)).isEqualTo(200);
        assertThat(closedByServer(keepAlive)).isTrue();
        assertThat(closedByServer(slowloris)).isTrue();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // the idle timeout here is ten minutes
    void a_client_trickling_its_first_request_is_cut_off_at_the_deadline_though_never_silent() throws Exception {
        start(new HttpLimits(
                8, 64, 16, 2 * 1024, 4 * 1024, Duration.ofMinutes(10), Duration.ofMillis(200), Duration.ofMinutes(10)));

        Socket slowloris = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");

        assertThat(closedByServer(slowloris)).isTrue();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // the idle timeout here is ten minutes
    void a_client_trickling_a_later_request_on_a_kept_alive_connection_is_cut_off_too() throws Exception {
        start(new HttpLimits(
                8, 64, 16, 2 * 1024, 4 * 1024, Duration.ofMinutes(10), Duration.ofMillis(200), Duration.ofMinutes(10)));
        Socket slowloris = raw("POST /cheap HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        assertThat(status(slowloris)).isEqualTo(404);
        Thread trickle = new Thread(() -> {
            try {
                write(slowloris, "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
                while (true) {
                    write(slowloris, "a");
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            } catch (IOException | InterruptedException closed) {
                // the server hung up, as it should
            }
        });
        trickle.start();

        assertThat(closedByServer(slowloris)).isTrue();
        trickle.interrupt();
    }

    @Test
    void only_the_exact_events_path_is_served() throws Exception {
        start(SMALL);
        for (String path : List.of(
                "/slack/eventsX",
                "/slack/events/",
                "/slack/events/../../etc/passwd",
                "/slack/%65vents",
                "/slack/events;x",
                "/")) {
            String body = command().body();
            assertThat(status(raw(request("POST", path, SignedRequests.FORM, body))))
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(handled).hasValue(0);
    }

    @Test
    void only_post_is_allowed() throws Exception {
        start(SMALL);

        assertThat(status(raw(request("GET", SlackHttpServer.PATH, null, "")))).isEqualTo(405);
        assertThat(status(raw(request("PUT", SlackHttpServer.PATH, SignedRequests.FORM, "a=b"))))
                .isEqualTo(405);
        assertThat(handled).hasValue(0);
    }

    @Test
    void only_the_content_types_slack_sends_are_accepted() throws Exception {
        start(SMALL);
        SignedRequests.SignedRequest valid = command();

        for (String type : List.of("text/plain", "multipart/form-data; boundary=x", "application/xml")) {
            assertThat(send(valid.withHeader("Content-Type", type)).statusCode())
                    .as(type)
                    .isEqualTo(415);
        }
        assertThat(status(raw(request("POST", SlackHttpServer.PATH, null, valid.body()))))
                .isEqualTo(415);
        assertThat(send(valid.withHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_body_over_the_limit_is_refused_413_whether_its_size_is_announced_or_chunked() throws Exception {
        start(SMALL);
        String big = "x".repeat(SMALL.bodyBytes() + 1);
        Socket announced = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + SignedRequests.FORM
                + "\r\nContent-Length: 100000000\r\n\r\n");
        Socket chunked = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + SignedRequests.FORM
                + "\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n" + big
                + "\r\n0\r\n\r\n");

        assertThat(status(announced)).isEqualTo(413);
        assertThat(status(chunked)).isEqualTo(413);
        assertThat(handled).hasValue(0);
    }

    @Test
    void a_header_flood_is_refused_431() throws Exception {
        start(SMALL);

        Socket flood = raw("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Flood: "
                + "a".repeat(SMALL.headerBytes() * 2) + "\r\n\r\n");

        assertThat(status(flood)).isEqualTo(431);
    }

    @Test
    void garbage_bytes_are_dropped_and_the_server_keeps_serving() throws Exception {
        start(SMALL);

        assertThat(closedByServer(raw("\u0000\u0001\u00ffnot http at all\r\n\r\n")))
                .isTrue();
        assertThat(send(command()).statusCode()).isEqualTo(200);
    }

    @Test
    void one_address_cannot_hold_more_than_its_share_of_connections() throws Exception {
        HttpLimits fourPerAddress = new HttpLimits(
                8, 64, 4, 2 * 1024, 4 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
        start(fourPerAddress);
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < fourPerAddress.connectionsPerAddress(); i++) {
            Socket socket = open();
            write(socket, "GET /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(status(socket)).isEqualTo(405);
            held.add(socket);
        }

        Socket oneTooMany = open();

        assertThat(answer(oneTooMany, "GET /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                .as("closed without an answer")
                .isEmpty();
        assertThat(answer(held.get(0), "GET /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                .as("the connections it holds still work")
                .contains(405);
    }

    @Test
    void connections_closed_by_their_client_free_their_address_share() throws Exception {
        // Behind a load balancer every connection comes from one address: a share that only ever grew would
        // shut Slack out for good after that many connections.
        HttpLimits fourPerAddress = new HttpLimits(
                8, 64, 4, 2 * 1024, 4 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
        start(fourPerAddress);
        for (int i = 0; i < 3 * fourPerAddress.connectionsPerAddress(); i++) {
            assertThat(answeredOnANewConnectionWithinSeconds(5))
                    .as("connection %d, after %d closed", i, i)
                    .isTrue();
        }
    }

    /**
     * Whether a new connection is answered, trying again until the deadline: the server learns of a close
     * a moment after the client made it.
     */
    private boolean answeredOnANewConnectionWithinSeconds(int seconds) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        do {
            try (Socket socket = open()) {
                if (answer(socket, "GET /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .isPresent()) {
                    return true;
                }
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** The status of the answer to a request on the connection, or empty if the server closed it instead. */
    static Optional<Integer> answer(Socket socket, String request) {
        try {
            write(socket, request);
            return Optional.of(status(socket));
        } catch (IOException closed) {
            return Optional.empty();
        }
    }

    @Test
    void a_timestamp_more_than_five_minutes_ahead_is_refused_like_an_old_one() throws Exception {
        start(SMALL);
        SignedRequests ahead = signed.withClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));
        SignedRequests behind = signed.olderBy(Duration.ofMinutes(6));

        assertThat(send(ahead.slashCommand(SlackPayloads.slashCommand("help"))).statusCode())
                .isEqualTo(401);
        assertThat(send(behind.slashCommand(SlackPayloads.slashCommand("help"))).statusCode())
                .isEqualTo(401);
        assertThat(send(command().withWrongSignature()).statusCode()).isEqualTo(401);
        assertThat(handled).hasValue(0);
    }

    @Test
    void stopping_lets_an_in_flight_request_finish_and_takes_no_new_connections() throws Exception {
        start(SMALL);
        holdRequests = true;
        CompletableFuture<HttpResponse<String>> inFlight =
                http.sendAsync(command().toHttpRequest(events()), HttpResponse.BodyHandlers.ofString());
        entered.await();
        int port = server.port();

        Thread closer = new Thread(() -> server.close(Duration.ofSeconds(30)));
        closer.start();
        awaitRefused(port);

        assertThat(closer.isAlive()).as("close waits for the request in flight").isTrue();
        release.countDown();
        assertThat(inFlight.get().statusCode()).isEqualTo(200);
        closer.join();
    }

    @Test
    void stopping_returns_within_its_grace_even_if_a_request_never_finishes() throws Exception {
        start(SMALL);
        holdRequests = true;
        http.sendAsync(command().toHttpRequest(events()), HttpResponse.BodyHandlers.discarding());
        entered.await();
        int port = server.port();

        server.close(Duration.ofMillis(100));

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    /** Waits (a condition, not a delay) until the port refuses connections. */
    static void awaitRefused(int port) {
        while (true) {
            try {
                new Socket("127.0.0.1", port).close();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        }
    }
}
