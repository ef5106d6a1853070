package dev.mlquiz.app;

import dev.mlquiz.slack.SlackOAuthSettings;
import dev.mlquiz.slack.SlackSettings;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Slack mode the environment asks for: one workspace with {@code SLACK_BOT_TOKEN} (token mode), or a
 * distributed app with {@code SLACK_CLIENT_ID} (OAuth mode), or none. A mix of the two is refused.
 */
final class SlackEnvironment {
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
                admins());
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

    private Set<String> admins() {
        return value("MLQUIZ_SLACK_ADMINS")
                .map(list -> Arrays.stream(list.split("[,\\s]+"))
                        .filter(id -> !id.isBlank())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private Optional<String> value(String name) {
        return AppConfig.value(env, name);
    }
}
