package dev.mlquiz.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mlquiz.core.delivery.DeliveryLog;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.telemetry.Acknowledgments;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects mlquiz to Slack: a Bolt app with the {@code /mlquiz} command, the answer buttons, the report
 * form and the App Home, served over Socket Mode or HTTP, for one workspace (token mode) or every workspace that installed
 * the app (OAuth mode). Three sets of threads, so none waits behind another: requests
 * (Jetty's, HTTP mode), work after an acknowledgment (commands, the App Home) and outbound confirmations
 * to response_urls.
 */
public final class SlackBot implements AutoCloseable {
    public static final String COMMAND = "/mlquiz";
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Pattern ANSWER_ACTIONS = Pattern.compile("mlquiz\\.answer\\..*");
    /** What {@link #close()} allows in-flight requests and queued confirmations. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private static final int OUTBOUND_THREADS = 32;

    private final App app;
    private final Workers work;
    private final Workers outbound;
    private SocketModeApp socketMode;
    private SocketModeLink socketLink;
    private SlackHttpServer http;

    private SlackBot(App app, Workers work, Workers outbound) {
        this.app = app;
        this.work = work;
        this.outbound = outbound;
    }

    /**
     * Token mode: one workspace, its bot token given.
     *
     * @param bindHost where HTTP mode listens ("0.0.0.0" in production, loopback in tests)
     * @param deliveryLog the deliveries already handled, shared by every instance on the database
     */
    public static SlackBot start(
            SlackSettings settings,
            String bindHost,
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            DeliveryLog deliveryLog)
            throws SlackStartException {
        return start(settings, bindHost, quiz, rounds, publisher, deliveryLog, Acknowledgments.NONE);
    }

    /** {@link #start} telling {@code acknowledgments} how long each request took to be acknowledged. */
    public static SlackBot start(
            SlackSettings settings,
            String bindHost,
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            DeliveryLog deliveryLog,
            Acknowledgments acknowledgments)
            throws SlackStartException {
        SlackConfig config = new SlackConfig();
        settings.apiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
        Slack slack = Slack.getInstance(config);
        MethodsClient client = slack.methods(settings.botToken());
        checkToken(client);
        if (settings.appToken().isEmpty()
                && (settings.signingSecret().isEmpty() || settings.httpPort().isEmpty())) {
            throw new SlackStartException(
                    "Slack needs SLACK_APP_TOKEN (Socket Mode), or SLACK_SIGNING_SECRET and"
                            + " MLQUIZ_HTTP_PORT (HTTP mode).",
                    null);
        }
        AppConfig.AppConfigBuilder appConfig =
                AppConfig.builder().singleTeamBotToken(settings.botToken()).slack(slack);
        settings.signingSecret().ifPresent(appConfig::signingSecret);
        App app = new App(appConfig.build());
        SlackBot bot = serving(
                app,
                WorkspaceClients.single(client),
                settings.admins(),
                quiz,
                rounds,
                publisher,
                deliveryLog,
                acknowledgments);
        try {
            if (settings.appToken().isPresent()) {
                bot.socketMode = new SocketModeApp(settings.appToken().get(), app);
                bot.socketMode.startAsync();
                bot.socketLink = SocketModeLink.watch(bot.socketMode.getClient());
                log.info("Slack connected in Socket Mode");
            } else {
                bot.listen(
                        settings.signingSecret().get(),
                        bindHost,
                        settings.httpPort().get(),
                        Set.of());
            }
        } catch (Exception e) {
            bot.close();
            throw new SlackStartException(
                    "could not connect to Slack: " + e.getMessage()
                            + (settings.appToken().isPresent()
                                    ? " (check SLACK_APP_TOKEN, an xapp- token with" + " connections:write)"
                                    : ""),
                    e);
        }
        return bot;
    }

    /**
     * OAuth mode: a distributed app, over HTTP. Serves the install page and the OAuth redirect, keeps each
     * installation with its token sealed, and serves every installed workspace with its own token.
     */
    public static SlackBot startOAuth(
            SlackOAuthSettings settings,
            String bindHost,
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            DeliveryLog deliveryLog,
            WorkspaceStores stores)
            throws SlackStartException {
        return startOAuth(settings, bindHost, quiz, rounds, publisher, deliveryLog, stores, Acknowledgments.NONE);
    }

    /** {@link #startOAuth} telling {@code acknowledgments} how long each request took to be acknowledged. */
    public static SlackBot startOAuth(
            SlackOAuthSettings settings,
            String bindHost,
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            DeliveryLog deliveryLog,
            WorkspaceStores stores,
            Acknowledgments acknowledgments)
            throws SlackStartException {
        if (settings.httpPort().isEmpty()) {
            throw new SlackStartException(
                    "Slack OAuth mode serves HTTP only (Slack lists no Socket Mode app): set MLQUIZ_HTTP_PORT.", null);
        }
        TokenCipher cipher = cipher(settings.secretKey());
        SlackConfig config = new SlackConfig();
        settings.apiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
        Slack slack = Slack.getInstance(config);
        DistributedApp distributed =
                new DistributedApp(settings, slack, stores, cipher, new Deliveries(deliveryLog, Clock.systemUTC()));
        SlackBot bot = serving(
                distributed.app(),
                distributed.clients(),
                settings.admins(),
                quiz,
                rounds,
                publisher,
                deliveryLog,
                acknowledgments);
        try {
            bot.listen(settings.signingSecret(), bindHost, settings.httpPort().get(), DistributedApp.PAGES);
        } catch (Exception e) {
            bot.close();
            throw new SlackStartException("could not serve Slack over HTTP: " + e.getMessage(), e);
        }
        log.info("Slack OAuth mode: install page at {}", DistributedApp.INSTALL_PATH);
        return bot;
    }

    private static TokenCipher cipher(Optional<String> secretKey) throws SlackStartException {
        if (secretKey.isEmpty()) {
            throw new SlackStartException(
                    "Slack OAuth mode needs MLQUIZ_SECRET_KEY to seal bot tokens in the database: "
                            + TokenCipher.KEY_FORMAT + ".",
                    null);
        }
        try {
            return TokenCipher.fromBase64(secretKey.get());
        } catch (IllegalArgumentException e) {
            throw new SlackStartException(e.getMessage() + ".", null);
        }
    }

    /** The handlers every mode shares, on their own threads. */
    private static SlackBot serving(
            App app,
            WorkspaceClients clients,
            Set<String> admins,
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            DeliveryLog deliveryLog,
            Acknowledgments acknowledgments) {
        // Bolt's answer to app.run is the acknowledgment, in both modes: time it from here.
        app.use((request, response, chain) -> {
            long received = System.nanoTime();
            try {
                return chain.next(request);
            } finally {
                acknowledgments.acknowledged(Platform.SLACK, Duration.ofNanos(System.nanoTime() - received));
            }
        });
        // Commands post questions and read leaderboards: a few threads. Confirmations only wait on Slack:
        // many threads, so a slow response_url delays confirmations a little and acknowledgments not at all.
        Workers work = new Workers("mlquiz-slack-work", 4, 1_000);
        Workers outbound = new Workers("mlquiz-slack-outbound", OUTBOUND_THREADS, 10_000);
        Deliveries deliveries = new Deliveries(deliveryLog, Clock.systemUTC());
        SlackCommands commands = new SlackCommands(
                quiz,
                rounds,
                new WorkspaceAdmins(clients, admins),
                deliveries,
                work,
                publisher.pictures(),
                publisher.uploads());
        ClickReplies replies =
                new ClickReplies(outbound, new ResponseUrls(app.config().getSlack(), OUTBOUND_THREADS));
        SlackActions actions = new SlackActions(quiz, deliveries, replies);
        AppHome home = new AppHome(quiz, deliveries, work);
        app.command(COMMAND, commands::handle);
        app.blockAction(ANSWER_ACTIONS, actions::handle);
        app.blockAction(
                ReportButtons.ACTIONS,
                new ReportButtons(deliveries, replies, app.config().getSlack().getConfig())::handle);
        app.viewSubmission(ReportForm.CALLBACK_ID, new ReportSubmissions(quiz, deliveries, work)::handle);
        app.event(AppHomeOpenedEvent.class, home::handle);
        app.blockAction(HomeReview.ACTION_ID, new HomeReview(quiz, deliveries, work, publisher)::handle);
        publisher.connect(clients);
        return new SlackBot(app, work, outbound);
    }

    private void listen(String signingSecret, String bindHost, int port, Set<String> pages) throws Exception {
        http = new SlackHttpServer(
                app,
                new RequestSignatures(signingSecret, Clock.systemUTC()),
                new InetSocketAddress(bindHost, port),
                HttpLimits.DEFAULTS,
                pages);
        log.info("Slack HTTP mode: serving {} on {}:{}", SlackHttpServer.PATH, bindHost, http.port());
    }

    private static void checkToken(MethodsClient client) throws SlackStartException {
        try {
            AuthTestResponse auth = client.authTest(r -> r);
            if (!auth.isOk()) {
                throw new SlackStartException(
                        "Slack rejected SLACK_BOT_TOKEN (" + auth.getError() + "). Copy the"
                                + " Bot User OAuth Token (xoxb-...) again from your app's OAuth & Permissions page.",
                        null);
            }
            log.info("Slack token accepted for workspace {}", auth.getTeam());
        } catch (SlackStartException e) {
            throw e;
        } catch (Exception e) {
            throw new SlackStartException("could not reach Slack to check SLACK_BOT_TOKEN: " + e.getMessage(), e);
        }
    }

    /** Whether Slack can reach the bot now (for readiness): Socket Mode connected, or HTTP mode listening. */
    public boolean connected() {
        if (socketMode != null) {
            return socketLink != null && socketLink.up() && !socketMode.isClientStopped();
        }
        return http != null && http.listening();
    }

    /** The HTTP-mode port, or -1 in Socket Mode. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** {@link #close(Duration)} with {@link #CLOSE_GRACE}. */
    @Override
    public void close() {
        close(CLOSE_GRACE);
    }

    /**
     * Stops taking requests, lets in-flight ones finish, then lets queued work and confirmations go out,
     * all within grace (each step gets what the previous left). Returns by then even if Slack hangs.
     */
    public void close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            log.warn("closing Socket Mode failed: {}", ErrorLine.of(e));
        }
        if (http != null) {
            http.close(left(deadline));
        }
        work.close(left(deadline));
        outbound.close(left(deadline));
        app.stop();
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
