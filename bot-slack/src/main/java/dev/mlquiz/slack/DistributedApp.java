package dev.mlquiz.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The Bolt app of OAuth mode: the install page and the redirect that finishes an install, the installations
 * and states kept in the database, and the events that end an installation. Bolt authorizes each request
 * with its workspace's installation; a workspace without one is told so privately and nothing runs.
 */
final class DistributedApp {
    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";
    /** What browsers GET: the installer, not Slack, so unsigned. */
    static final Set<String> PAGES = Set.of(INSTALL_PATH, REDIRECT_PATH);

    private final App app;
    private final StoredInstallations installations;
    private final Slack slack;
    private final Deliveries deliveries;

    DistributedApp(
            SlackOAuthSettings settings,
            Slack slack,
            WorkspaceStores stores,
            TokenCipher cipher,
            Deliveries deliveries) {
        this.slack = slack;
        this.deliveries = deliveries;
        this.installations = new StoredInstallations(stores.installations(), cipher, stores.clock());
        AppConfig.AppConfigBuilder config = AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret())
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(SlackOAuthSettings.SCOPES)
                .oauthInstallPath(INSTALL_PATH)
                .oauthRedirectUriPath(REDIRECT_PATH)
                // Bolt checks each request's token with auth.test; remembered for its default 10 minutes, so
                // a click waits on the database for its installation but not on a call to Slack.
                .authTestCacheEnabled(true);
        settings.redirectUri().ifPresent(config::redirectUri);
        app = new App(config.build())
                .asOAuthApp(true)
                .service(installations)
                .service(new StoredOAuthStates(stores.states(), stores.clock()));
        app.event(AppUninstalledEvent.class, this::uninstalled);
        app.event(TokensRevokedEvent.class, this::revoked);
    }

    App app() {
        return app;
    }

    /** Each workspace's own token; none for a workspace without the app. */
    WorkspaceClients clients() {
        return team -> installations.botToken(team).map(slack::methods);
    }

    private Response uninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext context) {
        end(payload);
        return context.ack();
    }

    /** Only a revoked bot token ends the installation; mlquiz keeps no user tokens. */
    private Response revoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext context) {
        TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
        if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            end(payload);
        }
        return context.ack();
    }

    /**
     * Ends the workspace's installation, once per event: a redelivery (same event_id) does nothing, and an
     * event dated before the installation was made (a late retry, after a reinstall) keeps it. If the log
     * of deliveries cannot be read the event's date still guards the installation.
     */
    private void end(EventsApiPayload<?> payload) {
        String delivery = "event:" + payload.getEventId();
        if (deliveries.seen(delivery) == Deliveries.Seen.AGAIN) {
            return;
        }
        Optional<Instant> endedAt =
                Optional.ofNullable(payload.getEventTime()).map(seconds -> Instant.ofEpochSecond(seconds));
        try {
            installations.endIfOlder(payload.getEnterpriseId(), payload.getTeamId(), endedAt);
        } catch (RuntimeException e) {
            deliveries.forget(delivery); // Slack's retry may try again
            throw e;
        }
    }
}
