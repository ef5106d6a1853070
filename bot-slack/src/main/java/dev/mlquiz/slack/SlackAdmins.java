package dev.mlquiz.slack;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admins an operator lists ({@code MLQUIZ_SLACK_ADMINS}): a user id ({@code U024BE7LH}) is an admin in
 * every workspace the bot serves, a workspace and user pair ({@code T024BE7LD:U024BE7LH}) in that workspace
 * only, which is what an app installed in several workspaces (OAuth mode) needs.
 */
public final class SlackAdmins {
    private SlackAdmins() {}

    /**
     * The entries of a comma- or space-separated list.
     *
     * @throws IllegalArgumentException naming the first entry that is neither form, in one line
     */
    public static Set<String> parse(String list) {
        Set<String> entries = Arrays.stream(list.split("[,\\s]+"))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.toSet());
        entries.stream().filter(entry -> !valid(entry)).findFirst().ifPresent(entry -> {
            throw new IllegalArgumentException("MLQUIZ_SLACK_ADMINS: '" + entry.replaceAll("\\p{Cntrl}", "?")
                    + "' is neither a Slack user id (U024BE7LH) nor a workspace and user (T024BE7LD:U024BE7LH)");
        });
        return Set.copyOf(entries);
    }

    /** The entries that name a user without a workspace: admins in every workspace. */
    public static Set<String> everywhere(Set<String> entries) {
        return entries.stream().filter(entry -> entry.indexOf(':') < 0).collect(Collectors.toSet());
    }

    static boolean lists(Set<String> entries, String teamId, String userId) {
        return entries.contains(userId) || entries.contains(teamId + ":" + userId);
    }

    private static boolean valid(String entry) {
        int colon = entry.indexOf(':');
        return colon < 0
                ? SlackIdentities.isId(entry)
                : SlackIdentities.isId(entry.substring(0, colon)) && SlackIdentities.isId(entry.substring(colon + 1));
    }
}
