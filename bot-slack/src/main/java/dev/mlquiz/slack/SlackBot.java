package dev.mlquiz.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundMessages;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects mlquiz to Slack: a Bolt app with the {@code /mlquiz} command, the answer buttons and the App
 * Home, served over Socket Mode or HTTP. Handlers acknowledge at once and work on a small pool.
 */
public final class SlackBot implements AutoCloseable {
    public static final String COMMAND = "/mlquiz";
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final Pattern ANSWER_ACTIONS = Pattern.compile("mlquiz\\.answer\\..*");
    private static final int WORKERS = 4;

    private final App app;
    private final ExecutorService work;
    private SocketModeApp socketMode;
    private SlackHttpServer http;

    private SlackBot(App app, ExecutorService work) {
        this.app = app;
        this.work = work;
    }

    /** @param bindHost where HTTP mode listens ("0.0.0.0" in production, loopback in tests) */
    public static SlackBot start(
            SlackSettings settings, String bindHost, Quiz quiz, RoundMessages messages, SlackMessenger editor)
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
        ExecutorService work = workers();
        Deliveries deliveries = new Deliveries();
        SlackCommands commands =
                new SlackCommands(quiz, messages, new WorkspaceAdmins(client, settings.admins()), deliveries, work);
        SlackActions actions = new SlackActions(quiz, deliveries, work);
        AppHome home = new AppHome(quiz, deliveries, work);
        app.command(COMMAND, commands::handle);
        app.blockAction(ANSWER_ACTIONS, actions::handle);
        app.event(AppHomeOpenedEvent.class, home::handle);
        editor.connect(client);
        SlackBot bot = new SlackBot(app, work);
        try {
            if (settings.appToken().isPresent()) {
                bot.socketMode = new SocketModeApp(settings.appToken().get(), app);
                bot.socketMode.startAsync();
                log.info("Slack connected in Socket Mode");
            } else {
                bot.http = new SlackHttpServer(
                        app, new InetSocketAddress(bindHost, settings.httpPort().get()), work);
                log.info("Slack HTTP mode: serving {} on port {}", SlackHttpServer.PATH, bot.http.port());
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

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "mlquiz-slack-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The HTTP-mode port, or -1 in Socket Mode. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            log.warn("closing Socket Mode failed: {}", e.getMessage());
        }
        if (http != null) {
            http.close();
        }
        work.shutdown();
        app.stop();
    }
}
