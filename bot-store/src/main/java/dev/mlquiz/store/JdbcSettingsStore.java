package dev.mlquiz.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.settings.SettingsStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

final class JdbcSettingsStore implements SettingsStore {
    private static final String TIME_ZONE = "SELECT time_zone FROM team_settings WHERE team_key = ?";
    private static final String ROUND_SECONDS = "round_seconds";
    private static final String ASK_COOLDOWN_SECONDS = "ask_cooldown_seconds";

    private final Database db;

    JdbcSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Duration> roundLength(ChannelId channel) {
        return seconds(channel, ROUND_SECONDS);
    }

    @Override
    public void setRoundLength(ChannelId channel, Duration length) {
        setSeconds(channel, ROUND_SECONDS, length);
    }

    @Override
    public Optional<Duration> askCooldown(ChannelId channel) {
        return seconds(channel, ASK_COOLDOWN_SECONDS);
    }

    @Override
    public void setAskCooldown(ChannelId channel, Duration cooldown) {
        setSeconds(channel, ASK_COOLDOWN_SECONDS, cooldown);
    }

    /** {@code column} is one of this class's constants, never user input. */
    private Optional<Duration> seconds(ChannelId channel, String column) {
        return db.queryOne(
                        "SELECT " + column + " FROM channel_settings WHERE channel_key = ?",
                        row -> {
                            int seconds = row.getInt(1);
                            return row.wasNull()
                                    ? Optional.<Duration>empty()
                                    : Optional.of(Duration.ofSeconds(seconds));
                        },
                        channel.key())
                .flatMap(value -> value);
    }

    private void setSeconds(ChannelId channel, String column, Duration value) {
        db.update(
                "INSERT INTO channel_settings (channel_key, " + column + ") VALUES (?, ?)"
                        + " ON CONFLICT (channel_key) DO UPDATE SET " + column + " = excluded." + column,
                channel.key(),
                (int) value.toSeconds());
    }

    @Override
    public Optional<ZoneId> timeZone(TeamId team) {
        return db.queryOne(TIME_ZONE, JdbcSettingsStore::zone, team.key());
    }

    /** The team's stored zone, read within the transaction of {@code context}. */
    static Optional<ZoneId> timeZone(WriteContext context, String team) throws SQLException {
        return context.query(TIME_ZONE, JdbcSettingsStore::zone, team).stream().findFirst();
    }

    private static ZoneId zone(ResultSet row) throws SQLException {
        return ZoneId.of(row.getString(1));
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
