package dev.mlquiz.core.daily;

import dev.mlquiz.core.identity.ChannelId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A channel's question-of-the-day schedule and its state. */
public record DailySchedule(
        ChannelId channel,
        DailySettings settings,
        boolean enabled,
        boolean recap,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt) {
    public DailySchedule {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorAt, "lastErrorAt");
    }

    public DailySchedule withSettings(DailySettings newSettings, boolean on) {
        return new DailySchedule(channel, newSettings, on, recap, Optional.empty(), Optional.empty());
    }

    public DailySchedule withRecap(boolean on) {
        return new DailySchedule(channel, settings, enabled, on, lastError, lastErrorAt);
    }
}
