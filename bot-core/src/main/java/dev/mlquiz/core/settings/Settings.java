package dev.mlquiz.core.settings;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** Settings with their defaults and allowed ranges applied. */
public final class Settings {
    public static final Duration DEFAULT_ROUND_LENGTH = Duration.ofSeconds(60);
    public static final int MIN_ROUND_SECONDS = 10;
    public static final int MAX_ROUND_SECONDS = 3600;
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    public static final int MAX_ASK_COOLDOWN_SECONDS = 86_400;

    /** Read through on every call: another process on the same database may change any setting. */
    private final SettingsStore store;

    public Settings(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Duration roundLength(ChannelId channel) {
        return store.roundLength(channel).orElse(DEFAULT_ROUND_LENGTH);
    }

    /** The least time between the close of one asked round and the next ask; zero by default. */
    public Duration askCooldown(ChannelId channel) {
        return store.askCooldown(channel).orElse(Duration.ZERO);
    }

    public static boolean validAskCooldownSeconds(int seconds) {
        return seconds >= 0 && seconds <= MAX_ASK_COOLDOWN_SECONDS;
    }

    public void setAskCooldown(ChannelId channel, int seconds) {
        if (!validAskCooldownSeconds(seconds)) {
            throw new IllegalArgumentException("ask cooldown " + seconds + " s is out of range");
        }
        store.setAskCooldown(channel, Duration.ofSeconds(seconds));
    }

    public ZoneId timeZone(TeamId team) {
        return store.timeZone(team).orElse(DEFAULT_ZONE);
    }

    public static boolean validRoundSeconds(int seconds) {
        return seconds >= MIN_ROUND_SECONDS && seconds <= MAX_ROUND_SECONDS;
    }

    public void setRoundLength(ChannelId channel, int seconds) {
        if (!validRoundSeconds(seconds)) {
            throw new IllegalArgumentException("round length " + seconds + " s is out of range");
        }
        store.setRoundLength(channel, Duration.ofSeconds(seconds));
    }

    public void setTimeZone(TeamId team, ZoneId zone) {
        store.setTimeZone(team, zone);
    }
}
