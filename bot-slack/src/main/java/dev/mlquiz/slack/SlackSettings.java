package dev.mlquiz.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach Slack. Socket Mode when an app token is given; otherwise HTTP mode, which needs the
 * signing secret and a port. Secrets live only here and in Bolt, and are never logged.
 */
public record SlackSettings(
        String botToken,
        Optional<String> appToken,
        Optional<String> signingSecret,
        Optional<Integer> httpPort,
        Optional<String> apiUrl,
        Set<String> admins) {
    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(httpPort, "httpPort");
        Objects.requireNonNull(apiUrl, "apiUrl");
        admins = Set.copyOf(admins);
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + (appToken.isPresent() ? "socket" : "http") + ", port=" + httpPort + ", apiUrl="
                + apiUrl + ", admins=" + admins.size() + "]";
    }
}
