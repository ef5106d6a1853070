package dev.mlquiz.discord;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.questions.Topic;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Slash commands in: {@code /mlquiz} and {@code /mlquiz-admin} become core calls; replies are rendered views. */
public final class CommandListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    private static final int MAX_CHOICES = 25;

    private final Quiz quiz;
    private final RoundMessages messages;

    public CommandListener(Quiz quiz, RoundMessages messages) {
        this.quiz = quiz;
        this.messages = messages;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String name = event.getName();
        if (!name.equals(SlashCommands.PLAYER_COMMAND) && !name.equals(SlashCommands.ADMIN_COMMAND)) {
            return;
        }
        if (event.getGuild() == null) {
            event.reply("mlquiz plays in server channels; use it there.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(
                    option.getName(),
                    option.getType() == OptionType.USER ? option.getAsUser().getId() : option.getAsString());
        }
        String text = CommandText.of(
                Optional.ofNullable(event.getSubcommandGroup()),
                Optional.ofNullable(event.getSubcommandName()).orElse("help"),
                options);
        Reply reply = quiz.execute(DiscordIdentities.invocation(event), CommandParser.parse(text));
        boolean privately = reply.audience() == Audience.PRIVATE;
        event.reply(DiscordRenderer.create(reply.view()))
                .setEphemeral(privately)
                .queue(hook -> {
                    if (reply.view() instanceof QuestionCard && ((QuestionCard) reply.view()).kind() == RoundKind.ASK) {
                        rememberMessage(((QuestionCard) reply.view()).round(), hook);
                    }
                });
    }

    /** The reply's message id, which the live count and the reveal edit, comes back with the callback. */
    private void rememberMessage(RoundId round, InteractionHook hook) {
        Message message = hook.getCallbackResponse().getMessage();
        if (message != null) {
            messages.attach(round, message.getId());
            return;
        }
        hook.retrieveOriginal()
                .queue(
                        original -> messages.attach(round, original.getId()),
                        failure -> log.warn("could not read back the message of round {}", round.value(), failure));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        Stream<Command.Choice> choices;
        if (event.getFocusedOption().getName().equals("topic")) {
            Map<Topic, Integer> counts = quiz.bank().countsByTopic();
            choices = counts.keySet().stream()
                    .filter(t -> counts.get(t) > 0)
                    .filter(t -> t.id().contains(typed)
                            || t.title().toLowerCase(Locale.ROOT).contains(typed))
                    .map(t -> new Command.Choice(t.title() + " (" + counts.get(t) + ")", t.id()));
        } else if (event.getFocusedOption().getName().equals("zone")
                || event.getFocusedOption().getName().equals("timezone")) {
            choices = ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.toLowerCase(Locale.ROOT).contains(typed))
                    .sorted()
                    .map(z -> new Command.Choice(z, z));
        } else {
            choices = Stream.empty();
        }
        event.replyChoices(choices.limit(MAX_CHOICES).collect(Collectors.toList()))
                .queue();
    }
}
