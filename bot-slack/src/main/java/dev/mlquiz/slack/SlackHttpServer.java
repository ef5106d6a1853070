package dev.mlquiz.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: one URL, {@code /slack/events}, for slash commands, interactivity and events. A small JDK
 * server in front of Bolt; Bolt verifies each request's signature and timestamp (401 otherwise).
 */
final class SlackHttpServer implements AutoCloseable {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final App app;
    private final SlackRequestParser parser;

    SlackHttpServer(App app, InetSocketAddress address, ExecutorService threads) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.server = HttpServer.create(address, 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            byte[] raw = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            if (raw.length > MAX_BODY) {
                send(exchange, 413, "text/plain", "request too large");
                return;
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers))
                    .requestBody(new String(raw, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            String contentType = response.getContentType() == null ? "text/plain" : response.getContentType();
            send(exchange, response.getStatusCode(), contentType, response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            log.error("handling a Slack request failed", e);
            send(exchange, 500, "text/plain", "internal error");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
