package dev.mlquiz.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.Installation;
import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.text.Msg;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store on the core's {@link Installations}: what the OAuth redirect brings is kept with
 * its bot token sealed, and each request's workspace is looked up to serve it with that workspace's token.
 * Only bot installations: mlquiz asks for no user token, and refuses an organisation-wide install (it has
 * no single workspace).
 */
final class StoredInstallations implements InstallationService {
    private static final Logger log = LoggerFactory.getLogger(StoredInstallations.class);

    private final Installations installations;
    private final TokenCipher cipher;
    private final Clock clock;

    StoredInstallations(Installations installations, TokenCipher cipher, Clock clock) {
        this.installations = installations;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The bot token of the workspace, opened; empty when the app is not installed there. */
    Optional<String> botToken(TeamId team) {
        return installations.find(team).map(found -> cipher.open(team, found.botToken()));
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getTeamId() == null || !SlackIdentities.isId(installer.getTeamId())) {
            throw new IllegalArgumentException("mlquiz installs in one workspace at a time, not organisation-wide");
        }
        if (installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("the install brought no bot token (is the bot scope set?)");
        }
        TeamId team = SlackIdentities.team(installer.getTeamId());
        Set<String> scopes = installer.getBotScope() == null
                ? Set.of()
                : Arrays.stream(installer.getBotScope().split(","))
                        .filter(scope -> !scope.isBlank())
                        .collect(Collectors.toSet());
        installations.save(new Installation(
                team,
                Optional.ofNullable(installer.getEnterpriseId()),
                cipher.seal(team, installer.getBotAccessToken()),
                installer.getBotUserId(),
                installer.getBotId(),
                scopes,
                clock.instant()));
        log.info("mlquiz was installed in Slack workspace {}", installer.getTeamId());
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        if (!SlackIdentities.isId(teamId)) {
            return null;
        }
        TeamId team = SlackIdentities.team(teamId);
        return installations
                .find(team)
                .map(found -> bot(found, cipher.open(team, found.botToken())))
                .orElse(null);
    }

    private static Bot bot(Installation installation, String token) {
        DefaultBot bot = new DefaultBot();
        bot.setTeamId(installation.team().value());
        bot.setEnterpriseId(installation.enterpriseId().orElse(null));
        bot.setBotAccessToken(token);
        bot.setBotUserId(installation.botUserId());
        bot.setBotId(installation.botId());
        bot.setBotScope(String.join(",", installation.scopes()));
        bot.setInstalledAt(installation.installedAt().toEpochMilli());
        bot.setIsEnterpriseInstall(false);
        return bot;
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), bot.getTeamId());
    }

    /**
     * An uninstall or a revocation Slack dated {@code endedAt} (its event_time): the installation is deleted
     * unless it was made in a later second, when the event is a stale redelivery from before a reinstall.
     */
    void endIfOlder(String enterpriseId, String teamId, Optional<Instant> endedAt) {
        if (!SlackIdentities.isId(teamId)) {
            return;
        }
        Optional<Installation> current = installations.find(SlackIdentities.team(teamId));
        if (current.isPresent()
                && endedAt.isPresent()
                && current.get().installedAt().getEpochSecond() > endedAt.get().getEpochSecond()) {
            log.info("an uninstall of Slack workspace {} from before its latest install was ignored", teamId);
            return;
        }
        deleteAll(enterpriseId, teamId);
    }

    /** Uninstalled or revoked: the workspace is served no more. */
    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        if (SlackIdentities.isId(teamId)) {
            installations.remove(SlackIdentities.team(teamId));
            log.info("mlquiz was removed from Slack workspace {}", teamId);
        }
    }

    /** No user tokens are kept. */
    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // no user tokens are kept
    }

    /** What a command or click from a workspace without the app gets, privately: it is stored nowhere. */
    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return SlackRenderer.TEXT.resolve(Msg.SLACK_NOT_INSTALLED);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) {
            throw new UnsupportedOperationException("mlquiz keeps only each workspace's current installation");
        }
    }
}
