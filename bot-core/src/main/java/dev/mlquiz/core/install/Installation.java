package dev.mlquiz.core.install;

import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The app installed in one workspace: its bot's sealed token, the bot's user and bot ids, the scopes
 * granted, and when. A workspace has at most one; installing again replaces it.
 *
 * @param enterpriseId the Enterprise Grid organisation the workspace belongs to, if any
 */
public record Installation(
        TeamId team,
        Optional<String> enterpriseId,
        SealedSecret botToken,
        String botUserId,
        String botId,
        Set<String> scopes,
        Instant installedAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9_.:-]{1,80}");

    public Installation {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(installedAt, "installedAt");
        enterpriseId.ifPresent(id -> checked("enterprise id", id));
        checked("bot user id", botUserId);
        checked("bot id", botId);
        scopes = Set.copyOf(scopes);
        for (String scope : scopes) {
            if (!SCOPE.matcher(scope).matches()) {
                throw new IllegalArgumentException("not a scope: '" + scope + "'");
            }
        }
    }

    private static void checked(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a " + what + " is 1-40 letters, digits, '_', '.' or '-', not '" + id + "'");
        }
    }
}
