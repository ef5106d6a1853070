package dev.mlquiz.slack;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.util.regex.Pattern;

/** Maps Slack's team, channel and user ids to the core's platform-neutral identities. */
final class SlackIdentities {
    /** A user mention as Slack sends it in command text: {@code <@U024BE7LH|alice>}. */
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    /**
     * Slack's ids are capital letters and digits ({@code U024BE7LH}, {@code T024BE7LD}, {@code C0G9QF9GW}).
     * Anything else did not come from Slack as documented, so it is refused before it can name a player.
     */
    private static final Pattern ID = Pattern.compile("[A-Z0-9]{1,40}");

    private SlackIdentities() {}

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    static TeamId team(String teamId) {
        return new TeamId(Platform.SLACK, teamId);
    }

    static ChannelId channel(String teamId, String channelId) {
        return new ChannelId(team(teamId), channelId);
    }

    /** The first non-blank name Slack gave, else the id. */
    static Player player(String userId, String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return new Player(new PlayerId(Platform.SLACK, userId), name);
            }
        }
        return new Player(new PlayerId(Platform.SLACK, userId), userId);
    }

    /** Replaces mentions by the bare user id, so "stats <@U1|alice>" reads as "stats U1". */
    static String withoutMentions(String text) {
        return MENTION.matcher(text == null ? "" : text).replaceAll("$1");
    }
}
