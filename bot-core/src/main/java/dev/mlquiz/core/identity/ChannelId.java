package dev.mlquiz.core.identity;

import java.util.Objects;

/** A channel within a team; each channel has its own deck, rounds and leaderboard. */
public record ChannelId(TeamId team, String value) {
    public ChannelId {
        Objects.requireNonNull(team, "team");
        Ids.part("channel id", value);
    }

    /** {@code slack:T024BE7LD/C0G9QF9GW}. */
    public String key() {
        return team.key() + "/" + value;
    }

    public static ChannelId fromKey(String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a channel key: " + key);
        }
        return new ChannelId(TeamId.fromKey(key.substring(0, slash)), key.substring(slash + 1));
    }
}
