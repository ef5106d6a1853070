package dev.mlquiz.discord;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundMessages;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects mlquiz to Discord: builds the JDA client, registers the slash commands and wires the
 * listeners and the announcer. Listeners run on a small pool, never on the gateway thread.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final int LISTENER_THREADS = 4;

    private final JDA jda;

    private DiscordBot(JDA jda) {
        this.jda = jda;
    }

    /**
     * @param guildId register the commands in this server only (instant updates while developing);
     *     empty registers them globally
     * @param customize test hook: point the client at a fake Discord
     */
    public static DiscordBot start(
            String token,
            Optional<String> guildId,
            Quiz quiz,
            RoundMessages messages,
            DiscordMessenger editor,
            Consumer<JDABuilder> customize)
            throws DiscordStartException {
        Objects.requireNonNull(token, "token");
        // No intents beyond the GUILDS one JDA always has (for the channel cache): nothing privileged.
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(new CommandListener(quiz, messages), new ButtonListener(quiz))
                .setEventPool(listenerPool(), true);
        customize.accept(builder);
        JDA jda;
        try {
            jda = builder.build();
            jda.awaitReady();
        } catch (InvalidTokenException e) {
            throw new DiscordStartException(
                    "Discord rejected DISCORD_TOKEN. Copy the bot token again from the"
                            + " Discord developer portal (Bot > Reset Token).",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordStartException("interrupted while connecting to Discord", e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DiscordStartException("could not connect to Discord: " + e.getMessage(), e);
        }
        DiscordBot bot = new DiscordBot(jda);
        try {
            bot.registerCommands(guildId);
        } catch (DiscordStartException e) {
            bot.close();
            throw e;
        }
        editor.connect(jda);
        jda.setRequiredScopes("applications.commands");
        log.info(
                "Discord connected as {}. Invite the bot with: {}",
                jda.getSelfUser().getName(),
                jda.getInviteUrl(SlashCommands.BOT_PERMISSIONS));
        return bot;
    }

    private void registerCommands(Optional<String> guildId) throws DiscordStartException {
        if (guildId.isEmpty()) {
            jda.updateCommands().addCommands(SlashCommands.all()).complete();
            log.info(
                    "registered /{} and /{} globally (Discord may take up to an hour to show changes)",
                    SlashCommands.PLAYER_COMMAND,
                    SlashCommands.ADMIN_COMMAND);
            return;
        }
        Guild guild = jda.getGuildById(guildId.get());
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

    private static ExecutorService listenerPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(LISTENER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "mlquiz-discord-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public JDA jda() {
        return jda;
    }

    @Override
    public void close() {
        jda.shutdown();
    }
}
