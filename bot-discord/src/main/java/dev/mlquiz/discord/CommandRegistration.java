package dev.mlquiz.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once for the whole bot, however many shards and processes serve it: only
 * the process running the registering shard does, through that one shard. Registering replaces the
 * bot's commands, so doing it once per shard or per process would only spend rate limit.
 */
final class CommandRegistration {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

    private CommandRegistration() {}

    /** Shard 0 registers global commands; a server's own shard registers the commands of that server. */
    static int registeringShard(Optional<String> guildId, int totalShards) {
        return guildId.map(id -> ShardPlan.shardOf(Long.parseUnsignedLong(id), totalShards))
                .orElse(0);
    }

    static void register(ShardManager shards, ShardPlan plan, Optional<String> guildId) throws DiscordStartException {
        int total = shards.getShardsTotal();
        int shard = registeringShard(guildId, total);
        if (!plan.runs(shard, total)) {
            log.info("the process running shard {} registers the commands", shard);
            return;
        }
        JDA registrar = shards.getShardById(shard);
        if (guildId.isEmpty()) {
            registrar.updateCommands().addCommands(SlashCommands.all()).complete();
            log.info(
                    "registered /{} and /{} globally (Discord may take up to an hour to show changes)",
                    SlashCommands.PLAYER_COMMAND,
                    SlashCommands.ADMIN_COMMAND);
            return;
        }
        Guild guild = registrar.getGuildById(guildId.get());
        if (guild == null) {
            throw new DiscordStartException(
                    "DISCORD_GUILD_ID " + guildId.get() + " is not a server the bot is in."
                            + " Invite the bot there first, or unset DISCORD_GUILD_ID to register globally.",
                    null);
        }
        guild.updateCommands().addCommands(SlashCommands.all()).complete();
        log.info(
                "registered /{} and /{} in server {}",
                SlashCommands.PLAYER_COMMAND,
                SlashCommands.ADMIN_COMMAND,
                guild.getName());
    }
}
