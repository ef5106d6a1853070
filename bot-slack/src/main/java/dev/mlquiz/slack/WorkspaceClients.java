package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import dev.mlquiz.core.identity.TeamId;
import java.util.Optional;

/** The Web API client that speaks for the bot in a workspace: one token for all, or each installation's own. */
@FunctionalInterface
interface WorkspaceClients {
    /** Empty when the app is not installed in the workspace. */
    Optional<MethodsClient> forTeam(TeamId team);

    /** Token mode: one workspace, one token. */
    static WorkspaceClients single(MethodsClient client) {
        return team -> Optional.of(client);
    }
}
