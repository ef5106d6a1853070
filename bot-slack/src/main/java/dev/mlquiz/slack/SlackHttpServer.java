package dev.mlquiz.slack;

import com.slack.api.bolt.App;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: one URL, {@code /slack/events}, for slash commands, interactivity and events (plus, in OAuth
 * mode, the install page and the OAuth redirect), served by
 * Jetty on its own bounded threads (never shared with game work or outbound calls), with the limits in
 * {@link HttpLimits}. Stopping is graceful: no new requests, in-flight ones finish within the grace.
 */
final class SlackHttpServer {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    private static final long SHUTDOWN_IDLE_TIMEOUT_MS = 100;

    private final Server server;
    private final ServerConnector connector;

    SlackHttpServer(App app, RequestSignatures signatures, InetSocketAddress address, HttpLimits limits)
            throws Exception {
        this(app, signatures, address, limits, Set.of());
    }

    /** @param pages the paths browsers GET (OAuth mode's install page and redirect), besides {@link #PATH} */
    SlackHttpServer(
            App app, RequestSignatures signatures, InetSocketAddress address, HttpLimits limits, Set<String> pages)
            throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), Math.min(4, limits.threads()));
        threads.setName("mlquiz-slack-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.headerBytes());
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new ConnectionsPerAddress(limits.connectionsPerAddress()));
        connector.addBean(new RequestDeadline(connector, limits.requestDeadline()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.connections(), server));
        SizeLimitHandler bodyLimit = new SizeLimitHandler(limits.bodyBytes(), -1);
        bodyLimit.setHandler(
                new SlackEventsHandler(app, signatures, limits, pages, PageRate.defaults(Clock.systemUTC())));
        GracefulHandler graceful = new GracefulHandler(bodyLimit);
        // On stop, idle keep-alive connections close at once instead of after the default second.
        graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
        server.setHandler(graceful);
        try {
            server.start();
        } catch (Exception e) {
            server.stop(); // a port already in use, say: no threads left behind
            throw e;
        }
    }

    boolean listening() {
        return server.isStarted();
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, answers new requests on open connections 503, lets in-flight ones finish within grace. */
    void close(Duration grace) {
        server.setStopTimeout(Math.max(1, grace.toMillis()));
        try {
            server.stop();
        } catch (TimeoutException e) {
            log.warn("Slack HTTP requests still in flight after the {} ms grace were cut off", grace.toMillis());
        } catch (Exception e) {
            log.warn("stopping the Slack HTTP server failed: {}", ErrorLine.of(e));
        }
    }
}
