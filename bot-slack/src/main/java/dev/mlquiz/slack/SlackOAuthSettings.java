package dev.mlquiz.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to serve a distributed Slack app (OAuth mode): every workspace that installs it from the install page
 * is served with its own bot token, kept sealed under the secret key. HTTP mode only: Slack lists no Socket
 * Mode app publicly. Secrets live only here and in Bolt, and are never logged.
 *
 * @param secretKey {@code MLQUIZ_SECRET_KEY}: checked when the bot starts, which refuses to start without it
 * @param redirectUri the redirect URL configured in the app, sent with each install when given
 */
public record SlackOAuthSettings(
        String clientId,
        String clientSecret,
        String signingSecret,
        Optional<String> secretKey,
        Optional<Integer> httpPort,
        Optional<String> redirectUri,
        Optional<String> apiUrl,
        Set<String> admins) {
    /** The bot scopes asked at install: the same as the single-workspace app's manifest. */
    public static final String SCOPES = "commands,chat:write,chat:write.public,files:write,im:write,users:read";

    public SlackOAuthSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(httpPort, "httpPort");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(apiUrl, "apiUrl");
        admins = Set.copyOf(admins);
    }

    @Override
    public String toString() {
        return "SlackOAuthSettings[clientId=" + clientId + ", port=" + httpPort + ", redirectUri=" + redirectUri
                + ", apiUrl=" + apiUrl + ", admins=" + admins.size() + "]";
    }
}
