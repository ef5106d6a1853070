package dev.mlquiz.discord;

import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.telemetry.Acknowledgments;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * listeners and the announcer. Listeners run behind the {@link InteractionGate}, never on the gateway
 * thread.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /**
     * How long closing waits for the interactions in flight (Discord gives each 3 s to be answered), and
     * then again for JDA to send what they queued and disconnect.
     */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final JDA jda;
    private final InteractionGate gate;

    private DiscordBot(JDA jda, InteractionGate gate) {
        this.jda = jda;
        this.gate = gate;
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
            RoundMessageUpdater rounds,
            DiscordPublisher publisher,
            Consumer<JDABuilder> customize)
            throws DiscordStartException {
        return start(token, guildId, quiz, rounds, publisher, customize, Acknowledgments.NONE);
    }

    /** {@link #start} telling {@code acknowledgments} how long each interaction took to be answered. */
    public static DiscordBot start(
            String token,
            Optional<String> guildId,
            Quiz quiz,
            RoundMessageUpdater rounds,
            DiscordPublisher publisher,
            Consumer<JDABuilder> customize,
            Acknowledgments acknowledgments)
            throws DiscordStartException {
        Objects.requireNonNull(token, "token");
        // No intents beyond the GUILDS one JDA always has (for the channel cache): nothing privileged.
        InteractionGate gate = new InteractionGate(
                List.of(new CommandListener(quiz, rounds, publisher), new ButtonListener(quiz)), acknowledgments);
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(gate);
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
        DiscordBot bot = new DiscordBot(jda, gate);
        try {
            bot.registerCommands(guildId);
        } catch (DiscordStartException e) {
            bot.close();
            throw e;
        }
        publisher.connect(jda);
        jda.setRequiredScopes("applications.commands");
        log.info(
                "Discord connected as {}. Invite the bot with: {}",
                jda.getSelfUser().getName(),
                jda.getInviteUrl(ChannelAccess.INVITE_PERMISSIONS));
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

    public JDA jda() {
        return jda;
    }

    /** Whether the gateway connection is up now (for readiness): false while JDA reconnects. */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** Stops gracefully within {@link #CLOSE_GRACE} twice over; see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(CLOSE_GRACE);
    }

    /**
     * Stops taking interactions (later ones are told mlquiz is restarting), lets those in flight finish
     * within {@code grace}, then disconnects, waiting up to {@code grace} again for JDA to send what they
     * queued. Never hangs: what does not finish in time is cut off, and by the time this returns it has
     * unwound (or been given {@code grace} to), so the database can close after it.
     */
    void close(Duration grace) {
        try {
            if (gate.close(grace)) {
                jda.shutdown();
                if (!jda.awaitShutdown(grace)) {
                    log.warn("Discord did not disconnect within {}; cutting the connection", grace);
                    jda.shutdownNow();
                }
                return;
            }
            log.warn("interactions still running after {} were interrupted", grace);
            // Cutting the connection fails the requests they wait on, which is what lets them unwind.
            jda.shutdownNow();
            if (!gate.interrupt(grace)) {
                log.warn("interactions still running {} after the interrupt were left behind", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
