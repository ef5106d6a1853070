package dev.mlquiz.app;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.discord.DiscordBot;
import dev.mlquiz.discord.DiscordSettings;
import dev.mlquiz.discord.ShardPlan;
import java.util.Map;
import java.util.function.Predicate;

/** What the launcher reads from the environment for Discord, and what a running bot means for the timer. */
final class DiscordLaunch {
    private DiscordLaunch() {}

    /** @throws IllegalArgumentException with the one line to show, when a setting is malformed */
    static DiscordSettings settings(Map<String, String> env, String token) {
        return new DiscordSettings(
                token,
                AppConfig.value(env, "DISCORD_GUILD_ID"),
                ShardPlan.parse(AppConfig.value(env, "DISCORD_SHARDS"), AppConfig.value(env, "DISCORD_SHARD_IDS")),
                AppConfig.value(env, "DISCORD_REST_URL"),
                AppConfig.value(env, "DISCORD_GATEWAY_URL"));
    }

    /**
     * The teams this process's timer handles: those of the platforms it shows, and of Discord only the servers
     * on its own shards. Only a process that can show a round's reveal and a channel's question of the day may
     * close or post them: a Slack-only process on a database shared with Discord processes leaves Discord alone.
     *
     * @param discord the running bot, or null when this process does not run Discord
     */
    static Predicate<TeamId> servedTeams(RoutingAnnouncer shown, DiscordBot discord) {
        return team -> shown.routes(team.platform())
                && (team.platform() != Platform.DISCORD || (discord != null && discord.serves(team)));
    }
}
