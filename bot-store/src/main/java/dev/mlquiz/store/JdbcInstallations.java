package dev.mlquiz.store;

import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.Installation;
import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.SealedSecret;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Installations in the {@code installations} table, one row per workspace; scopes as one comma-separated text. */
final class JdbcInstallations implements Installations {
    private final Database db;

    JdbcInstallations(Database db) {
        this.db = db;
    }

    @Override
    public void save(Installation installation) {
        db.update(
                "INSERT INTO installations"
                        + " (team_key, enterprise_id, bot_token, bot_user_id, bot_id, scopes, installed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (team_key) DO UPDATE SET enterprise_id = excluded.enterprise_id,"
                        + " bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id,"
                        + " bot_id = excluded.bot_id, scopes = excluded.scopes, installed_at = excluded.installed_at",
                installation.team().key(),
                installation.enterpriseId().orElse(null),
                installation.botToken().bytes(),
                installation.botUserId(),
                installation.botId(),
                installation.scopes().stream().sorted().collect(Collectors.joining(",")),
                installation.installedAt().toEpochMilli());
    }

    @Override
    public Optional<Installation> find(TeamId team) {
        return db.queryOne(
                "SELECT enterprise_id, bot_token, bot_user_id, bot_id, scopes, installed_at"
                        + " FROM installations WHERE team_key = ?",
                row -> new Installation(
                        team,
                        Optional.ofNullable(row.getString(1)),
                        new SealedSecret(row.getBytes(2)),
                        row.getString(3),
                        row.getString(4),
                        scopes(row.getString(5)),
                        Instant.ofEpochMilli(row.getLong(6))),
                team.key());
    }

    @Override
    public void remove(TeamId team) {
        db.update("DELETE FROM installations WHERE team_key = ?", team.key());
    }

    @Override
    public int count() {
        return db.queryOne("SELECT COUNT(*) FROM installations", row -> row.getInt(1))
                .orElse(0);
    }

    private static Set<String> scopes(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
