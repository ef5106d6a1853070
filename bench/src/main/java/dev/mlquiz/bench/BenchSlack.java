package dev.mlquiz.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlquiz.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least of Slack the click scenario needs, on loopback: {@code auth.test} and every other Web API
 * method answer ok, and {@code response_url} posts answer after a set delay (a slow Slack).
 */
final class BenchSlack implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("bench-slack"));
    private final Duration responseDelay;
    private final AtomicInteger confirmations = new AtomicInteger();

    BenchSlack(Duration responseDelay) throws IOException {
        this.responseDelay = responseDelay;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(threads);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.start();
    }

    String apiUrl() {
        return base() + "api/";
    }

    String responseUrl(int player) {
        return base() + "respond/" + player;
    }

    /** response_url posts answered so far. */
    int confirmations() {
        return confirmations.get();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void api(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = method.equals("auth.test")
                ? "{\"ok\":true,\"team\":\"Bench\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}"
                : "{\"ok\":true,\"ts\":\"1700000000.000100\"}";
        send(exchange, "application/json", body);
    }

    private void respond(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        try {
            TimeUnit.NANOSECONDS.sleep(responseDelay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        confirmations.incrementAndGet();
        send(exchange, "text/html", "ok");
    }

    private static void send(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
