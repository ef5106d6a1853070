package dev.mlquiz.app.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlquiz.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The operator's endpoints, on their own port (keep it private: no authentication): {@code /healthz}
 * (the process is alive), {@code /readyz} (200 when every {@link ReadinessChecks readiness check} passes,
 * else 503 with one line per failing check) and {@code /metrics} (Prometheus' text format).
 */
public final class AdminServer implements AutoCloseable {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService threads;

    private AdminServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Serves on {@code address} (port 0 picks a free one) until closed.
     *
     * @param metrics the body of {@code /metrics}, made at each scrape
     * @throws IOException when the address cannot be bound (a port in use, say)
     */
    public static AdminServer start(InetSocketAddress address, ReadinessChecks readiness, Supplier<String> metrics)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("mlquiz-admin"));
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(exchange, readiness, metrics);
            }
        });
        server.start();
        return new AdminServer(server, threads);
    }

    private static void serve(HttpExchange exchange, ReadinessChecks readiness, Supplier<String> metrics)
            throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, TEXT, "only GET\n");
            return;
        }
        switch (exchange.getRequestURI().getPath()) {
            case "/healthz" -> respond(exchange, 200, TEXT, "ok\n");
            case "/readyz" -> {
                List<String> problems = readiness.problems();
                if (problems.isEmpty()) {
                    respond(exchange, 200, TEXT, "ready\n");
                } else {
                    respond(exchange, 503, TEXT, String.join("\n", problems) + "\n");
                }
            }
            case "/metrics" -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get());
            default -> respond(exchange, 404, TEXT, "not found: try /healthz, /readyz or /metrics\n");
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The address it listens on, with the port picked when asked for port 0. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return address().getPort();
    }

    /** Stops at once: a probe in flight is cut off (the next one finds the port closed, which says as much). */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
