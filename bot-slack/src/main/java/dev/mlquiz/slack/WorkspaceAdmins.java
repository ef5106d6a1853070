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
 * few minutes) and those {@code MLQUIZ_SLACK_ADMINS} lists (see {@link SlackAdmins}). A role Slack could
 * not be asked about (rate limited, a network blip) is unknown and never cached: the next try asks again.
 */
final class WorkspaceAdmins {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);

    enum Role {
        ADMIN,
        MEMBER,
        UNKNOWN
    }

    private final WorkspaceClients clients;
    private final Set<String> listed;
    private final Cache<String, Role> known = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(10_000)
            .build();

    WorkspaceAdmins(WorkspaceClients clients, Set<String> listed) {
        this.clients = clients;
        this.listed = Set.copyOf(listed);
    }

    Role role(TeamId team, String userId) {
        if (SlackAdmins.lists(listed, team.value(), userId)) {
            return Role.ADMIN;
        }
        String key = team.key() + "/" + userId;
        Role cached = known.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Role asked = askSlack(team, userId);
        if (asked != Role.UNKNOWN) {
            known.put(key, asked);
        }
        return asked;
    }

    private Role askSlack(TeamId team, String userId) {
        Optional<MethodsClient> client = clients.forTeam(team);
        if (client.isEmpty()) {
            log.warn("users.info for {} not asked: no token for the workspace", userId);
            return Role.UNKNOWN;
        }
        try {
            UsersInfoResponse info = client.get().usersInfo(r -> r.user(userId));
            if (!info.isOk()) {
                log.warn("users.info for {} failed: {}", userId, info.getError());
                return Role.UNKNOWN;
            }
            boolean admin = info.getUser().isAdmin()
                    || info.getUser().isOwner()
                    || info.getUser().isPrimaryOwner();
            return admin ? Role.ADMIN : Role.MEMBER;
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed: {}", userId, ErrorLine.of(e));
            return Role.UNKNOWN;
        }
    }
}
