package dev.mlquiz.discord;

import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Commands that can outlast Discord's 3 s to acknowledge an interaction: they wait on the database or on
 * Discord, or draw a picture card. Each is acknowledged on arrival with a "thinking…" placeholder, before a
 * worker takes it, and its answer then replaces the placeholder. Whether the placeholder is private has to be
 * chosen before the answer is known, so it is the answer the command usually gives.
 */
final class DeferredCommands {
    /** Full command name to whether its placeholder is seen by the caller alone. */
    private static final Map<String, Boolean> PRIVATE_PLACEHOLDER = Map.of(
            "mlquiz ask", false,
            "mlquiz leaderboard", false,
            "mlquiz stats", true,
            "mlquiz export", true,
            "mlquiz-admin close", true);

    private DeferredCommands() {}

    /** Queues the placeholder of a slow command, without waiting for Discord; false for any other interaction. */
    static boolean deferOnArrival(GenericInteractionCreateEvent interaction, Consumer<Throwable> refused) {
        if (!isDeferred(interaction)) {
            return false;
        }
        SlashCommandInteractionEvent command = (SlashCommandInteractionEvent) interaction;
        command.deferReply(PRIVATE_PLACEHOLDER.get(command.getFullCommandName()))
                .queue(done -> {}, refused);
        return true;
    }

    /** Whether the interaction is a command answered through a placeholder. */
    static boolean isDeferred(Object interaction) {
        return interaction instanceof SlashCommandInteractionEvent command
                && PRIVATE_PLACEHOLDER.containsKey(command.getFullCommandName());
    }

    /**
     * The answer to a command: its reply or, once a placeholder stands for it, the placeholder edited into the
     * answer, or deleted and followed by the answer when the two differ in who sees them.
     */
    static RestAction<?> answer(IReplyCallback event, MessageCreateData message, boolean privately) {
        if (!event.isAcknowledged() || !isDeferred(event)) {
            return event.reply(message).setEphemeral(privately);
        }
        InteractionHook hook = event.getHook();
        if (PRIVATE_PLACEHOLDER.get(((SlashCommandInteractionEvent) event).getFullCommandName()) == privately) {
            return hook.editOriginal(MessageEditData.fromCreateData(message));
        }
        return hook.deleteOriginal().flatMap(gone -> hook.sendMessage(message).setEphemeral(privately));
    }

    /** A question posted in the public placeholder an ask is acknowledged with; the message it became. */
    static RestAction<Message> post(SlashCommandInteractionEvent ask, MessageCreateData question) {
        return ask.getHook().editOriginal(MessageEditData.fromCreateData(question));
    }
}
