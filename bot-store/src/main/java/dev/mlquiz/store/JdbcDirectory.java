package dev.mlquiz.store;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

final class JdbcDirectory implements Directory {
    /** Stays well below every database's limit on bound parameters. */
    private static final int LOOKUP_CHUNK = 500;

    /**
     * A known player's row changes only when the name did: after a restart, the process writes every player's
     * name again once (its cache of written names starts empty), and an unchanged one leaves no row version.
     */
    private static final String NAME_CHANGE =
            " ON CONFLICT (player_key) DO UPDATE SET display_name = excluded.display_name"
                    + " WHERE players.display_name <> excluded.display_name";

    private final Database db;
    /** Where the dialect takes arrays, the names of a transaction go in one statement. */
    private final Optional<ArrayRows> names;

    JdbcDirectory(Database db) {
        this.db = db;
        this.names = ArrayRows.of(
                db.dialect(),
                List.of("player_key", "display_name"),
                List.of("text", "text"),
                "INSERT INTO players (player_key, display_name) SELECT player_key, display_name FROM input"
                        + NAME_CHANGE,
                "player_key");
    }

    @Override
    public void rememberPlayer(Player player) {
        // Not waited for: it commits with (or before) the answer queued right after it, which is what needs it.
        // No write reads the names, so the writer may batch it with the other names of its transaction.
        String key = player.id().key();
        if (names.isPresent()) {
            db.updateUnreadTableLater(names.get(), new ArrayRows.Row(List.of(key), key, player.displayName()));
        } else {
            db.updateUnreadTableLater(
                    "INSERT INTO players (player_key, display_name) VALUES (?, ?)" + NAME_CHANGE,
                    key,
                    player.displayName());
        }
    }

    @Override
    public void rememberChannel(ChannelId channel, String displayName) {
        db.update(
                "INSERT INTO channels (channel_key, team_key, display_name) VALUES (?, ?, ?)"
                        + " ON CONFLICT (channel_key) DO UPDATE SET display_name = excluded.display_name",
                channel.key(),
                channel.team().key(),
                displayName);
    }

    @Override
    public Map<PlayerId, String> names(Collection<PlayerId> players) {
        db.awaitQueuedUpdates();
        List<String> keys = players.stream().map(PlayerId::key).distinct().collect(Collectors.toList());
        Map<PlayerId, String> names = new HashMap<>();
        for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
            String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(", "));
            db.query(
                            "SELECT player_key, display_name FROM players WHERE player_key IN (" + marks + ")",
                            row -> Map.entry(PlayerId.fromKey(row.getString(1)), row.getString(2)),
                            chunk.toArray())
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }
}
