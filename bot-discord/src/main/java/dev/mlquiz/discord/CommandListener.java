package dev.mlquiz.discord;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.command.ZoneParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Attachment;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.View;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands in: {@code /mlquiz} and {@code /mlquiz-admin} become core calls; replies are rendered
 * views. Runs on the {@link InteractionGate}'s command pool, so it waits for Discord's answers in line; slow
 * commands come with their placeholder already sent ({@link DeferredCommands}).
 */
public final class CommandListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    private static final int MAX_CHOICES = 25;

    private final Quiz quiz;
    private final RoundMessageUpdater rounds;
    private final DiscordPublisher publisher;
    private final DiscordPictures pictures;

    public CommandListener(Quiz quiz, RoundMessageUpdater rounds, DiscordPublisher publisher) {
        this.quiz = quiz;
        this.rounds = rounds;
        this.publisher = publisher;
        this.pictures = publisher.pictures();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String name = event.getName();
        if (!name.equals(SlashCommands.PLAYER_COMMAND) && !name.equals(SlashCommands.ADMIN_COMMAND)) {
            return;
        }
        if (event.getGuild() == null) {
            RestCalls.complete(DeferredCommands.answer(
                    event,
                    MessageCreateData.fromContent(DiscordRenderer.TEXT.resolve(Msg.DISCORD_SERVERS_ONLY)),
                    true));
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
        Invocation who = DiscordIdentities.invocation(event);
        Command command = CommandParser.parse(text, quiz.bank().topics());
        Optional<RoundId> closing = command instanceof Command.Close
                ? quiz.openRound(who.channel()).map(QuestionCard::round)
                : Optional.empty();
        Reply reply = quiz.execute(who, command);
        if (reply.audience() == Audience.CHANNEL && reply.view() instanceof QuestionCard) {
            postQuestion(event, (QuestionCard) reply.view());
            return;
        }
        Optional<DiscordPublisher.UnshownReveal> unshown = closing.flatMap(publisher::takeUnshownReveal);
        if (unshown.isPresent()) {
            RestCalls.complete(DeferredCommands.answer(
                    event,
                    new MessageCreateBuilder()
                            .setContent(DiscordRenderer.render(Notice.error(
                                            Text.literal(unshown.get().why())))
                                    .content())
                            .setEmbeds(DiscordRenderer.render(unshown.get().reveal())
                                    .embeds())
                            .build(),
                    true));
            return;
        }
        MessageCreateData message = pictures.create(linked(reply.view(), who.channel()));
        if (reply.attachment().isPresent()) {
            Attachment file = reply.attachment().get();
            message = new MessageCreateBuilder()
                    .applyData(message)
                    .addFiles(FileUpload.fromData(file.bytes(), file.fileName()))
                    .build();
        }
        RestCalls.complete(DeferredCommands.answer(event, message, reply.audience() == Audience.PRIVATE));
    }

    /** A channel round shown again links to its message in the channel, when that message is remembered. */
    private View linked(View view, ChannelId channel) {
        if (view instanceof NotedCard && ((NotedCard) view).card().kind() != RoundKind.PRACTICE) {
            NotedCard noted = (NotedCard) view;
            return noted.withMessageLink(rounds.messageRef(noted.card().round())
                    .map(messageId -> DiscordRenderer.messageLink(channel, messageId)));
        }
        return view;
    }

    /**
     * The question is posted in the ask's placeholder. A round whose question Discord refused (an interaction
     * that reached the bot too late, say) is withdrawn, or the channel would wait for a question nobody sees.
     */
    private void postQuestion(SlashCommandInteractionEvent event, QuestionCard card) {
        Message posted;
        try {
            posted = RestCalls.complete(DeferredCommands.post(event, DiscordRenderer.create(card)));
        } catch (RuntimeException e) {
            // A post cut off by a stop arrives with the thread interrupted, which would fail the withdraw's
            // own wait for the database; the interrupt is restored once the round is withdrawn.
            boolean interrupted = Thread.interrupted();
            try {
                quiz.withdraw(card.round());
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            throw e;
        }
        try {
            // the message the live count and the reveal edit
            rounds.shown(card.round(), posted.getId());
        } catch (RuntimeException e) {
            log.warn(
                    "the message of round {} could not be remembered: {}",
                    card.round().value(),
                    Failures.oneLine(e));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (event.getGuild() == null) {
            // Topics are a server's; outside one there is nothing to offer.
            event.replyChoices(List.of()).queue(done -> {}, failure -> InteractionGate.unanswered(event, failure));
            return;
        }
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        Stream<Choice> choices;
        if (event.getFocusedOption().getName().equals("topic")) {
            choices =
                    quiz
                            .topics(DiscordIdentities.channel(event.getGuild().getId(), event.getChannelId())
                                    .team())
                            .topics()
                            .stream()
                            .filter(line -> line.questions() > 0)
                            .filter(line -> line.topic().id().contains(typed)
                                    || line.topic()
                                            .title()
                                            .toLowerCase(Locale.ROOT)
                                            .contains(typed))
                            .map(line -> new Choice(
                                    line.topic().title() + " (" + line.questions() + ")",
                                    line.topic().id()));
        } else if (event.getFocusedOption().getName().equals("zone")
                || event.getFocusedOption().getName().equals("timezone")) {
            choices = ZoneParser.ids().stream()
                    .filter(z -> z.toLowerCase(Locale.ROOT).contains(typed))
                    .map(z -> new Choice(z, z));
        } else {
            choices = Stream.empty();
        }
        // Queued, not awaited: autocompletes share their workers with answer clicks, which must not wait on Discord.
        event.replyChoices(choices.limit(MAX_CHOICES).collect(Collectors.toList()))
                .queue(done -> {}, failure -> InteractionGate.unanswered(event, failure));
    }
}
