package dev.mlquiz.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.mlquiz.core.identity.TeamId;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may close rounds and change settings: workspace admins and owners (asked of Slack, cached for a
 * few minutes) and those {@code MLQUIZ_SLACK_ADMINS} lists (see {@link SlackAdmins}).
 */
final class WorkspaceAdmins {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);

    private final WorkspaceClients clients;
    private final Set<String> listed;
    private final Cache<String, Boolean> known = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(10_000)
            .build();

    WorkspaceAdmins(WorkspaceClients clients, Set<String> listed) {
        this.clients = clients;
        this.listed = Set.copyOf(listed);
    }

    boolean isAdmin(TeamId team, String userId) {
        return SlackAdmins.lists(listed, team.value(), userId)
                || known.get(team.key() + "/" + userId, key -> askSlack(team, userId));
    }

    private boolean askSlack(TeamId team, String userId) {
        Optional<MethodsClient> client = clients.forTeam(team);
        if (client.isEmpty()) {
            return false;
        }
        try {
            UsersInfoResponse info = client.get().usersInfo(r -> r.user(userId));
            if (!info.isOk()) {
                log.warn("users.info for {} failed: {}", userId, info.getError());
                return false;
            }
            return info.getUser().isAdmin()
                    || info.getUser().isOwner()
                    || info.getUser().isPrimaryOwner();
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed: {}", userId, ErrorLine.of(e));
            return false;
        }
    }
}
