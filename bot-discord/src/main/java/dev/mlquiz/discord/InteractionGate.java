package dev.mlquiz.discord;

import dev.mlquiz.core.concurrent.DaemonThreads;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.view.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.InteractionFailureException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.callbacks.IAutoCompleteCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one listener JDA calls. It hands every interaction but a report button's (which only opens a form)
 * to a small pool, off the gateway thread: slow commands (those with a placeholder) to one, other commands
 * to another, both of which may wait on Discord, and answer clicks, form submissions and autocompletes,
 * which only touch the database and queue their answer, to a third, so that neither clicks nor quick
 * commands wait behind slow ones past Discord's 3 s to acknowledge. Slow commands get their placeholder
 * on arrival ({@link DeferredCommands}); an interaction still unanswered that waited longer than those
 * 3 s is dropped, as Discord no longer takes its answer. The gate makes sure each gets an answer: a failure
 * in the mlquiz listeners is logged in one line and, if the interaction is not answered yet, answered
 * privately. Closed, it takes no new interactions but lets the ones in flight finish.
 */
final class InteractionGate implements EventListener {
    private static final Logger log = LoggerFactory.getLogger(InteractionGate.class);
    private static final int THREADS = 4;
    /** How long Discord waits for an interaction's first answer. */
    static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(3);

    private final List<EventListener> listeners;
    private final ExecutorService slowPool;
    private final ExecutorService pool;
    private final ExecutorService quickPool;
    private final Acknowledgments acknowledgments;
    private final Clock clock;

    /**
     * @param acknowledgments told how long each interaction waited from its arrival until it was answered
     * @param clock judges whether an interaction waited past Discord's 3 s
     */
    InteractionGate(List<EventListener> listeners, Acknowledgments acknowledgments, Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.acknowledgments = acknowledgments;
        this.clock = clock;
        this.slowPool = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("mlquiz-discord-slow"));
        this.pool = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("mlquiz-discord"));
        this.quickPool = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("mlquiz-discord-click"));
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof GenericInteractionCreateEvent)) {
            return;
        }
        GenericInteractionCreateEvent interaction = (GenericInteractionCreateEvent) event;
        long received = System.nanoTime();
        Instant arrived = clock.instant();
        if (opensAForm(interaction)) {
            // Opening the report form is one reply queued without waiting and nothing else: handled here, it
            // never waits behind the pool's commands, which may block on the database or Discord.
            handled(interaction, received, arrived);
            return;
        }
        if (DeferredCommands.deferOnArrival(interaction, refused -> unanswered(interaction, refused))) {
            acknowledgments.acknowledged(Platform.DISCORD, Duration.ofNanos(System.nanoTime() - received));
        }
        try {
            poolFor(interaction).execute(() -> handled(interaction, received, arrived));
        } catch (RejectedExecutionException closed) {
            answer(interaction, Notice.restarting());
        }
    }

    /** Commands wait for Discord to take their answer, slow ones longest; everything else only queues its answer. */
    private ExecutorService poolFor(GenericInteractionCreateEvent interaction) {
        if (DeferredCommands.isDeferred(interaction)) {
            return slowPool;
        }
        return interaction instanceof SlashCommandInteractionEvent ? pool : quickPool;
    }

    private static boolean opensAForm(GenericInteractionCreateEvent interaction) {
        return interaction instanceof ButtonInteractionEvent button
                && ReportButtonId.decode(button.getComponentId()).isPresent();
    }

    private void handled(GenericInteractionCreateEvent interaction, long received, Instant arrived) {
        Duration waited = Duration.between(arrived, clock.instant());
        if (!interaction.isAcknowledged() && waited.compareTo(ACKNOWLEDGE_WITHIN) > 0) {
            log.warn(
                    "{} waited {} ms for a worker, past Discord's 3 s: dropped",
                    describe(interaction),
                    waited.toMillis());
            return;
        }
        handle(interaction);
        if (interaction.isAcknowledged() && !DeferredCommands.isDeferred(interaction)) {
            acknowledgments.acknowledged(Platform.DISCORD, Duration.ofNanos(System.nanoTime() - received));
        }
    }

    private void handle(GenericInteractionCreateEvent interaction) {
        try {
            for (EventListener listener : listeners) {
                listener.onEvent(interaction);
            }
        } catch (CancellationException cut) {
            if (pool.isShutdown()) { // the pools are shut down together
                log.warn("{} was cut off: mlquiz is stopping", describe(interaction));
            } else {
                failed(interaction, cut);
            }
        } catch (RuntimeException | Error e) {
            failed(interaction, e);
        }
    }

    /** Errors too: the core marks its own bugs with AssertionError, and the member still gets an answer. */
    private static void failed(GenericInteractionCreateEvent interaction, Throwable e) {
        log.error("{} failed: {}", describe(interaction), Failures.oneLine(e));
        // the stack, for whoever turns debug logging on
        log.debug("{} failed", describe(interaction), e);
        // A refused placeholder takes the interaction with it: nothing more can be said there.
        boolean answerable = !interaction.isAcknowledged()
                || (DeferredCommands.isDeferred(interaction) && !(e instanceof InteractionFailureException));
        if (answerable) {
            answer(interaction, Notice.failedOnOurSide());
        }
    }

    /** A private line for a reply callback (in place of its placeholder, if it has one), no choices for an autocomplete. */
    private static void answer(GenericInteractionCreateEvent interaction, Notice notice) {
        if (interaction instanceof IReplyCallback) {
            DeferredCommands.answer((IReplyCallback) interaction, DiscordRenderer.create(notice), true)
                    .queue(done -> {}, failure -> unanswered(interaction, failure));
        } else if (interaction instanceof IAutoCompleteCallback) {
            ((IAutoCompleteCallback) interaction)
                    .replyChoices(List.of())
                    .queue(done -> {}, failure -> unanswered(interaction, failure));
        }
    }

    /** One WARN line for an answer Discord refused; for replies queued without waiting. */
    static void unanswered(GenericInteractionCreateEvent interaction, Throwable failure) {
        log.warn("{} could not be answered: {}", describe(interaction), Failures.oneLine(failure));
    }

    /** "/mlquiz ask in channel 2000 of server 1000", for logs. */
    static String describe(GenericInteractionCreateEvent interaction) {
        String what;
        if (interaction.getInteraction() instanceof CommandInteractionPayload) {
            what = (interaction instanceof IAutoCompleteCallback ? "autocomplete of /" : "/")
                    + ((CommandInteractionPayload) interaction.getInteraction()).getFullCommandName();
        } else if (interaction.getInteraction() instanceof ComponentInteraction) {
            what = "button " + ((ComponentInteraction) interaction.getInteraction()).getComponentId();
        } else if (interaction.getInteraction() instanceof ModalInteraction) {
            what = "form " + ((ModalInteraction) interaction.getInteraction()).getModalId();
        } else {
            what = "interaction " + interaction.getType();
        }
        return what + " in channel " + interaction.getChannelId() + " of server "
                + (interaction.getGuild() == null
                        ? "none"
                        : interaction.getGuild().getId());
    }

    /**
     * Stops taking interactions (later ones are told mlquiz is restarting) and waits up to {@code grace}
     * for those in flight.
     *
     * @return whether everything in flight finished within the grace
     */
    boolean close(Duration grace) throws InterruptedException {
        pools().forEach(ExecutorService::shutdown);
        return terminated(grace);
    }

    /**
     * Interrupts what still runs after {@link #close} and waits up to {@code grace} for it to unwind (a
     * post cut off withdraws its round), so nothing here touches the database once this returns.
     *
     * @return whether everything unwound within the grace
     */
    boolean interrupt(Duration grace) throws InterruptedException {
        pools().forEach(ExecutorService::shutdownNow);
        return terminated(grace);
    }

    private List<ExecutorService> pools() {
        return List.of(slowPool, pool, quickPool);
    }

    /** Whether every pool finished within {@code grace}, shared between them. */
    private boolean terminated(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ExecutorService each : pools()) {
            if (!each.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }
}
