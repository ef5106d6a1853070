package dev.mlquiz.core.settings;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Per-channel and per-team settings; absent values mean the defaults in {@link Settings}. */
public interface SettingsStore {
    Optional<Duration> roundLength(ChannelId channel);

    void setRoundLength(ChannelId channel, Duration length);

    Optional<Duration> askCooldown(ChannelId channel);

    void setAskCooldown(ChannelId channel, Duration cooldown);

    Optional<ZoneId> timeZone(TeamId team);

    void setTimeZone(TeamId team, ZoneId zone);
}
