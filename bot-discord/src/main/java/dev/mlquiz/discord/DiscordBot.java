package dev.mlquiz.discord;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.telemetry.Acknowledgments;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects mlquiz to Discord: starts this process's shards through JDA's shard manager, registers the
 * slash commands (once for the whole bot, see {@link CommandRegistration}) and wires the listeners and
 * the announcer. Listeners run behind the {@link InteractionGate}, never on a gateway thread.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /**
     * How long closing waits for the interactions in flight (Discord gives each 3 s to be answered), and
     * then again for JDA to send what they queued and disconnect.
     */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final ShardManager shards;
    private final InteractionGate gate;

    private DiscordBot(ShardManager shards, InteractionGate gate) {
        this.shards = shards;
        this.gate = gate;
    }

    /**
     * Returns once every shard of this process is connected and the commands are registered.
     *
     * @param customize test hook: adjust the shard manager (a fake Discord speaks no compression)
     */
    public static DiscordBot start(
            DiscordSettings settings,
            Quiz quiz,
            RoundMessageUpdater rounds,
            DiscordPublisher publisher,
            Consumer<DefaultShardManagerBuilder> customize)
            throws DiscordStartException {
        return start(settings, quiz, rounds, publisher, customize, Acknowledgments.NONE);
    }

    /** {@link #start} telling {@code acknowledgments} how long each interaction took to be answered. */
    public static DiscordBot start(
            DiscordSettings settings,
            Quiz quiz,
            RoundMessageUpdater rounds,
            DiscordPublisher publisher,
            Consumer<DefaultShardManagerBuilder> customize,
            Acknowledgments acknowledgments)
            throws DiscordStartException {
        return start(settings, quiz, rounds, publisher, customize, acknowledgments, Clock.systemUTC());
    }

    /**
     * {@link #start} judging on {@code interactionClock} whether an interaction waited past Discord's 3 s (a test
     * hook: the quiz's own clock may jump while interactions wait).
     */
    static DiscordBot start(
            DiscordSettings settings,
            Quiz quiz,
            RoundMessageUpdater rounds,
            DiscordPublisher publisher,
            Consumer<DefaultShardManagerBuilder> customize,
            Acknowledgments acknowledgments,
            Clock interactionClock)
            throws DiscordStartException {
        Objects.requireNonNull(settings, "settings");
        InteractionGate gate = new InteractionGate(
                List.of(
                        new CommandListener(quiz, rounds, publisher),
                        new ButtonListener(quiz),
                        new ReportListener(quiz)),
                acknowledgments,
                interactionClock);
        ShardStartup startup = new ShardStartup();
        ShardManager shards = connect(settings, gate, startup, customize);
        DiscordBot bot = new DiscordBot(shards, gate);
        try {
            int expected = settings.shards().ids().isEmpty()
                    ? shards.getShardsTotal()
                    : settings.shards().ids().size();
            if (!startup.await(expected)) {
                throw new DiscordStartException("a Discord shard stopped before it connected; see the log above", null);
            }
            CommandRegistration.register(shards, settings.shards(), settings.guildId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.close();
            throw new DiscordStartException("interrupted while connecting to Discord", e);
        } catch (DiscordStartException e) {
            bot.close();
            throw e;
        } catch (RuntimeException e) {
            // Discord refused the registration (no access to the server, say): no shard may outlive the failure.
            bot.close();
            throw new DiscordStartException("could not register mlquiz's commands: " + e.getMessage(), e);
        }
        publisher.connect(shards);
        JDA first = shards.getShards().get(0);
        first.setRequiredScopes("applications.commands");
        log.info(
                "Discord connected as {} on {}. Invite the bot with: {}",
                first.getSelfUser().getName(),
                settings.shards().describe(shards.getShardsTotal()),
                first.getInviteUrl(ChannelAccess.INVITE_PERMISSIONS));
        return bot;
    }

    private static ShardManager connect(
            DiscordSettings settings,
            InteractionGate gate,
            ShardStartup startup,
            Consumer<DefaultShardManagerBuilder> customize)
            throws DiscordStartException {
        // No intents beyond the GUILDS one JDA always has (for the channel cache): nothing privileged.
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        settings.token(), EnumSet.noneOf(GatewayIntent.class))
                .setShardsTotal(settings.shards().total().orElse(-1))
                .setSessionController(new GatewaySessions(settings.gatewayUrl()))
                .addEventListeners(startup, gate);
        if (!settings.shards().ids().isEmpty()) {
            builder.setShards(settings.shards().ids());
        }
        settings.restUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        customize.accept(builder);
        try {
            return builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordStartException(
                    "Discord rejected DISCORD_TOKEN. Copy the bot token again from the"
                            + " Discord developer portal (Bot > Reset Token).",
                    e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DiscordStartException("could not connect to Discord: " + e.getMessage(), e);
        }
    }

    /** The shards this process runs, for looking things up across them. */
    public ShardManager shards() {
        return shards;
    }

    /** How many of this process's shards are connected to Discord right now. */
    public int connectedShards() {
        return (int) shards.getShardCache()
                .applyStream(stream -> stream.filter(s -> s.getStatus() == JDA.Status.CONNECTED)
                        .count())
                .longValue();
    }

    /** How many shards this process runs: ready when {@link #connectedShards()} reaches it. */
    public int runningShards() {
        return shards.getShardsRunning() + shards.getShardsQueued();
    }

    /**
     * Whether one of this process's shards holds the team's server: only such a process can post and edit
     * there, so only it closes that server's rounds and posts its questions of the day.
     */
    public boolean serves(TeamId team) {
        if (team.platform() != Platform.DISCORD) {
            return false;
        }
        try {
            long guild = Long.parseUnsignedLong(team.value());
            return shards.getShardById(ShardPlan.shardOf(guild, shards.getShardsTotal())) != null;
        } catch (NumberFormatException notAServer) {
            return false;
        }
    }

    /** The bot's number of shards, across every process. */
    public int totalShards() {
        return shards.getShardsTotal();
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
            List<JDA> running = shards.getShards();
            if (gate.close(grace)) {
                shards.shutdown();
                if (!awaitShutdown(running, grace)) {
                    log.warn("Discord did not disconnect within {}; cutting the connection", grace);
                    running.forEach(JDA::shutdownNow);
                }
                return;
            }
            log.warn("interactions still running after {} were interrupted", grace);
            // Cutting the connection fails the requests they wait on, which is what lets them unwind.
            shards.shutdown();
            running.forEach(JDA::shutdownNow);
            if (!gate.interrupt(grace)) {
                log.warn("interactions still running {} after the interrupt were left behind", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shards.shutdown();
            shards.getShards().forEach(JDA::shutdownNow);
        }
    }

    /** Waits for every shard to disconnect, all within {@code grace}. */
    private static boolean awaitShutdown(List<JDA> running, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        for (JDA shard : running) {
            if (!shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }
}
