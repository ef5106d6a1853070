package dev.mlquiz.core.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.ChannelTotal;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Standings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Sums the answer record directly: totals are never stored, so they cannot drift from the answers. */
final class JdbcStandings implements Standings {
    private static final String PLAYER_TOTALS = "SELECT a.player_key, MAX(p.display_name) AS name,"
            + " SUM(a.points) AS points, SUM(a.correct) AS correct, COUNT(*) AS answered"
            + " FROM answers a LEFT JOIN players p ON p.player_key = a.player_key"
            + " WHERE %s = ? AND a.kind <> 'PRACTICE' AND a.answered_at >= ? AND a.answered_at < ?"
            + " GROUP BY a.player_key ORDER BY points DESC, correct DESC, name, a.player_key";

    private final Database db;

    JdbcStandings(Database db) {
        this.db = db;
    }

    @Override
    public List<PlayerTotal> team(TeamId team, Instant from, Instant until) {
        return db.query(
                PLAYER_TOTALS.formatted("a.team_key"),
                JdbcStandings::playerTotal,
                team.key(),
                from.toEpochMilli(),
                until.toEpochMilli());
    }

    @Override
    public List<PlayerTotal> channel(ChannelId channel, Instant from, Instant until) {
        return db.query(
                PLAYER_TOTALS.formatted("a.channel_key"),
                JdbcStandings::playerTotal,
                channel.key(),
                from.toEpochMilli(),
                until.toEpochMilli());
    }

    @Override
    public List<ChannelTotal> channels(TeamId team, Instant from, Instant until) {
        return db.query(
                "SELECT a.channel_key, MAX(c.display_name) AS name, SUM(a.points) AS points,"
                        + " COUNT(DISTINCT a.player_key) AS players"
                        + " FROM answers a LEFT JOIN channels c ON c.channel_key = a.channel_key"
                        + " WHERE a.team_key = ? AND a.kind <> 'PRACTICE' AND a.answered_at >= ? AND a.answered_at < ?"
                        + " GROUP BY a.channel_key",
                row -> {
                    ChannelId channel = ChannelId.fromKey(row.getString("channel_key"));
                    String name = row.getString("name");
                    return new ChannelTotal(
                            channel,
                            name == null ? channel.value() : name,
                            row.getInt("points"),
                            row.getInt("players"));
                },
                team.key(),
                from.toEpochMilli(),
                until.toEpochMilli());
    }

    private static PlayerTotal playerTotal(ResultSet row) throws SQLException {
        PlayerId player = PlayerId.fromKey(row.getString("player_key"));
        String name = row.getString("name");
        return new PlayerTotal(
                player,
                name == null ? player.value() : name,
                row.getInt("points"),
                row.getInt("correct"),
                row.getInt("answered"));
    }
}
