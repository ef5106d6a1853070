package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import java.util.Objects;

/** A channel's sums over some answers, for team-against-team rankings. */
public record ChannelTotal(ChannelId channel, String name, int points, int activePlayers) {
    public ChannelTotal {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
    }

    public double pointsPerPlayer() {
        return activePlayers == 0 ? 0 : (double) points / activePlayers;
    }
}
