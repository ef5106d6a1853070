package dev.mlquiz.core.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.settings.SettingsStore;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

final class JdbcSettingsStore implements SettingsStore {
    private final Database db;

    JdbcSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Duration> roundLength(ChannelId channel) {
        return db.queryOne(
                "SELECT round_seconds FROM channel_settings WHERE channel_key = ?",
                row -> Duration.ofSeconds(row.getInt(1)),
                channel.key());
    }

    @Override
    public void setRoundLength(ChannelId channel, Duration length) {
        db.update(
                "INSERT INTO channel_settings (channel_key, round_seconds) VALUES (?, ?)"
                        + " ON CONFLICT (channel_key) DO UPDATE SET round_seconds = excluded.round_seconds",
                channel.key(),
                (int) length.toSeconds());
    }

    @Override
    public Optional<ZoneId> timeZone(TeamId team) {
        return db.queryOne(
                "SELECT time_zone FROM team_settings WHERE team_key = ?",
                row -> ZoneId.of(row.getString(1)),
                team.key());
    }

    @Override
    public void setTimeZone(TeamId team, ZoneId zone) {
        db.update(
                "INSERT INTO team_settings (team_key, time_zone) VALUES (?, ?)"
                        + " ON CONFLICT (team_key) DO UPDATE SET time_zone = excluded.time_zone",
                team.key(),
                zone.getId());
    }
}
