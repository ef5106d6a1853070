package dev.mlquiz.app;

import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.slack.SlackAdmins;
import dev.mlquiz.slack.SlackBot;
import dev.mlquiz.slack.SlackOAuthSettings;
import dev.mlquiz.slack.SlackPublisher;
import dev.mlquiz.slack.SlackSettings;
import dev.mlquiz.slack.SlackStartException;
import dev.mlquiz.slack.WorkspaceStores;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Slack mode the environment asks for: one workspace with {@code SLACK_BOT_TOKEN} (token mode), or a
 * distributed app with {@code SLACK_CLIENT_ID} (OAuth mode), or none. A mix of the two is refused.
 */
final class SlackEnvironment {
    private static final Logger log = LoggerFactory.getLogger(SlackEnvironment.class);

    private final Map<String, String> env;

    SlackEnvironment(Map<String, String> env) {
        this.env = env;
    }

    boolean configured() {
        return value("SLACK_BOT_TOKEN").isPresent() || oauth();
    }

    boolean oauth() {
        return value("SLACK_CLIENT_ID").isPresent();
    }

    /** Starts the bot in the mode asked for, on {@code MLQUIZ_HTTP_HOST} (default all addresses). */
    SlackBot start(
            Quiz quiz,
            RoundMessageUpdater rounds,
            SlackPublisher publisher,
            Database db,
            Acknowledgments acknowledgments)
            throws SlackStartException {
        String host = value("MLQUIZ_HTTP_HOST").orElse("0.0.0.0");
        if (oauth()) {
            WorkspaceStores stores =
                    new WorkspaceStores(JdbcStorage.installations(db), JdbcStorage.oauthStates(db), Clock.systemUTC());
            return SlackBot.startOAuth(
                    oauthSettings(),
                    host,
                    quiz,
                    rounds,
                    publisher,
                    JdbcStorage.deliveryLog(db),
                    stores,
                    acknowledgments);
        }
        return SlackBot.start(
                tokenSettings(), host, quiz, rounds, publisher, JdbcStorage.deliveryLog(db), acknowledgments);
    }

    /** How many workspaces the bot serves: one in token mode, every installation in OAuth mode. */
    IntSupplier workspaces(Database db) {
        return oauth() ? JdbcStorage.installations(db)::count : () -> 1;
    }

    SlackSettings tokenSettings() {
        return new SlackSettings(
                value("SLACK_BOT_TOKEN").orElseThrow(),
                value("SLACK_APP_TOKEN"),
                value("SLACK_SIGNING_SECRET"),
                port(),
                value("SLACK_API_URL"),
                admins());
    }

    /** @throws IllegalArgumentException naming what is missing or does not belong, in one line */
    SlackOAuthSettings oauthSettings() {
        if (value("SLACK_BOT_TOKEN").isPresent()) {
            throw new IllegalArgumentException("set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (OAuth mode,"
                    + " every workspace that installs the app), not both");
        }
        if (value("SLACK_APP_TOKEN").isPresent()) {
            throw new IllegalArgumentException(
                    "Slack OAuth mode serves HTTP only (Slack lists no Socket Mode app): unset SLACK_APP_TOKEN");
        }
        return new SlackOAuthSettings(
                value("SLACK_CLIENT_ID").orElseThrow(),
                required("SLACK_CLIENT_SECRET"),
                required("SLACK_SIGNING_SECRET"),
                value("MLQUIZ_SECRET_KEY"),
                port(),
                value("SLACK_REDIRECT_URI"),
                value("SLACK_API_URL"),
                oauthAdmins());
    }

    /** In OAuth mode a user id alone would be an admin in every workspace that installs the app: said once. */
    private Set<String> oauthAdmins() {
        Set<String> admins = admins();
        Set<String> everywhere = SlackAdmins.everywhere(admins);
        if (!everywhere.isEmpty()) {
            log.warn(
                    "MLQUIZ_SLACK_ADMINS names {} without a workspace: in OAuth mode they are admins in every"
                            + " workspace that installs the app; write TEAM:USER (T024BE7LD:U024BE7LH) for one",
                    everywhere.stream().sorted().collect(Collectors.joining(", ")));
        }
        return admins;
    }

    private String required(String name) {
        return value(name)
                .orElseThrow(() -> new IllegalArgumentException("Slack OAuth mode (SLACK_CLIENT_ID is set) needs "
                        + name + " from your app's Basic Information page"));
    }

    private Optional<Integer> port() {
        return value("MLQUIZ_HTTP_PORT").map(text -> {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MLQUIZ_HTTP_PORT must be a port number, not '" + text + "'");
            }
        });
    }

    /** @throws IllegalArgumentException for an entry that is not an admin as {@link SlackAdmins} reads them */
    private Set<String> admins() {
        return value("MLQUIZ_SLACK_ADMINS").map(SlackAdmins::parse).orElse(Set.of());
    }

    private Optional<String> value(String name) {
        return AppConfig.value(env, name);
    }
}
