package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import java.util.Objects;
import java.util.Optional;

/**
 * Who ran a command and where. {@code admin} is decided by the adapter from platform permissions
 * (Manage Server, workspace admin) and checked here again for admin-only commands.
 *
 * @param cannotPost why the bot could not post or reveal a question in this channel (a missing
 *     permission, say), as the adapter found out; commands that would open a round there are refused
 *     with this reason
 */
public record Invocation(
        Player player, ChannelId channel, String channelName, boolean admin, Optional<String> cannotPost) {
    public Invocation {
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(channel, "channel");
        channelName = Player.printable(Objects.requireNonNull(channelName, "channelName"));
        Objects.requireNonNull(cannotPost, "cannotPost");
        if (!player.id().platform().equals(channel.team().platform())) {
            throw new IllegalArgumentException("a " + player.id().platform() + " player in a "
                    + channel.team().platform() + " channel");
        }
    }

    /** Where the bot may post and edit freely. */
    public Invocation(Player player, ChannelId channel, String channelName, boolean admin) {
        this(player, channel, channelName, admin, Optional.empty());
    }
}
