package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import java.util.Objects;

/**
 * Who ran a command and where. {@code admin} is decided by the adapter from platform permissions
 * (Manage Server, workspace admin) and checked here again for admin-only commands.
 */
public record Invocation(Player player, ChannelId channel, String channelName, boolean admin) {
    public Invocation {
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelName, "channelName");
        if (!player.id().platform().equals(channel.team().platform())) {
            throw new IllegalArgumentException("a " + player.id().platform() + " player in a "
                    + channel.team().platform() + " channel");
        }
    }
}
