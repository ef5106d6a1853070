package dev.mlquiz.core.identity;

import java.util.Objects;

/** A Discord guild, a Slack workspace or the console: whoever shares a leaderboard. */
public record TeamId(Platform platform, String value) {
    public TeamId {
        Objects.requireNonNull(platform, "platform");
        Ids.part("team id", value);
    }

    /** {@code discord:81384788765712384}: stable text for storage. */
    public String key() {
        return platform.key() + ":" + value;
    }

    public static TeamId fromKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a team key: " + key);
        }
        Platform platform = Platform.fromKey(key.substring(0, colon))
                .orElseThrow(() -> new IllegalArgumentException("unknown platform in " + key));
        return new TeamId(platform, key.substring(colon + 1));
    }
}
