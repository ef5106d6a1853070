package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.util.Objects;

/** What a leaderboard covers: a whole team, or one of its channels. */
public record Scope(String key, TeamId team) {
    public Scope {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(team, "team");
    }

    public static Scope team(TeamId team) {
        return new Scope(team.key(), team);
    }

    public static Scope channel(ChannelId channel) {
        return new Scope(channel.key(), channel.team());
    }
}
