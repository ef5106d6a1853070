package dev.mlquiz.core.identity;

import java.util.Objects;

/** A person on one platform. Scores are keyed by this, never by a platform object. */
public record PlayerId(Platform platform, String value) {
    public PlayerId {
        Objects.requireNonNull(platform, "platform");
        Ids.part("player id", value);
    }

    public String key() {
        return platform.key() + ":" + value;
    }

    public static PlayerId fromKey(String key) {
        TeamId parsed = TeamId.fromKey(key);
        return new PlayerId(parsed.platform(), parsed.value());
    }
}
