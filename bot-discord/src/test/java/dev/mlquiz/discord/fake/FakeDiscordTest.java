package dev.mlquiz.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final CompletableFuture<SlashSeen> slashSeen = new CompletableFuture<>();
    private final CompletableFuture<Message> replyMessage = new CompletableFuture<>();
    private final CompletableFuture<String> buttonSeen = new CompletableFuture<>();
    private final CompletableFuture<Object> buttonReplied = new CompletableFuture<>();
    private final CompletableFuture<Object> autocompleted = new CompletableFuture<>();
    private final CompletableFuture<Message> editedOriginal = new CompletableFuture<>();

    private FakeDiscord fake;
    private JDA jda;

    record SlashSeen(String subcommand, String topic, long count, boolean manageServer, String userId) {}

    @BeforeEach
    void setUp() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (jda != null) {
            // Gracefully first: shutdownNow interrupts JDA's request threads mid-request. A graceful close
            // waits for the gateway's close handshake, which a loaded machine has been seen to miss; the
            // connection is then cut, as the bot's own close does.
            jda.shutdown();
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
                assertThat(jda.awaitShutdown(Duration.ofSeconds(10))).isTrue();
            }
        }
        fake.close();
    }

    private final class QuizListener extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            if ("defer".equals(event.getName())) {
                event.deferReply().queue();
                event.getHook()
                        .editOriginal("done")
                        .queue(editedOriginal::complete, editedOriginal::completeExceptionally);
                return;
            }
            slashSeen.complete(new SlashSeen(
                    event.getSubcommandName(),
                    event.getOption("topic").getAsString(),
                    event.getOption("count").getAsLong(),
                    event.getMember().hasPermission(Permission.MANAGE_SERVER),
                    event.getUser().getId()));
            MessageEmbed embed = new EmbedBuilder()
                    .setTitle("Question 1")
                    .setDescription("What is overfitting?")
                    .setColor(Color.BLUE)
                    .build();
            event.replyEmbeds(embed)
                    .addComponents(ActionRow.of(Button.primary("x", "A")))
                    .queue(
                            hook -> replyMessage.complete(
                                    hook.getCallbackResponse().getMessage()),
                            replyMessage::completeExceptionally);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue();
            event.replyChoiceStrings(typed + "-basics", typed + "-advanced")
                    .queue(autocompleted::complete, autocompleted::completeExceptionally);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            buttonSeen.complete(event.getComponentId() + "|" + event.getButton().getLabel());
            event.reply("Recorded")
                    .setEphemeral(true)
                    .queue(buttonReplied::complete, buttonReplied::completeExceptionally);
        }
    }

    @Test
    void connectsAndCachesGuildAndChannel() throws InterruptedException {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN);

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(jda.getGuildById(fake.guildId())).isNotNull();
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, fake.channelId());
        assertThat(channel).isNotNull();
        assertThat(channel.getName()).isEqualTo("general");
        // The fake records a request once it has answered it, which may be just after JDA gave up.
        assertThat(fake.awaitRequest("GET", "users/@me", Duration.ofSeconds(2))).isNotNull();
        assertThat(fake.gatewayFrames()).anyMatch(f -> f.path("op").asInt() == 2);
        assertThat(fake.restBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");
        assertThat(fake.gatewayUrl()).matches("ws://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void slashCommandReplyWithEmbedAndButtonIsCaptured() throws Exception {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN, new QuizListener());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("topic", "ml");
        options.put("count", 3);

        InteractionRef ref =
                fake.slashCommand("42", "alice", FakeDiscord.PERMISSION_MANAGE_SERVER, "quiz", "start", options);

        CapturedRequest callback = fake.awaitCallback(ref, WAIT);
        assertThat(callback.queryParam("with_response")).contains("true");
        JsonNode body = callback.json();
        assertThat(body.path("type").asInt()).isEqualTo(4);
        assertThat(body.at("/data/embeds/0/title").asText()).isEqualTo("Question 1");
        assertThat(body.at("/data/embeds/0/description").asText()).isEqualTo("What is overfitting?");
        assertThat(body.at("/data/components/0/type").asInt()).isEqualTo(1);
        JsonNode button = body.at("/data/components/0/components/0");
        assertThat(button.path("type").asInt()).isEqualTo(2);
        assertThat(button.path("style").asInt()).isEqualTo(1);
        assertThat(button.path("custom_id").asText()).isEqualTo("x");
        assertThat(button.path("label").asText()).isEqualTo("A");

        SlashSeen seen = slashSeen.get(5, TimeUnit.SECONDS);
        assertThat(seen).isEqualTo(new SlashSeen("start", "ml", 3, true, "42"));

        Message message = replyMessage.get(5, TimeUnit.SECONDS);
        assertThat(message.getId()).isEqualTo(fake.originalMessageId(ref).orElseThrow());
        assertThat(message.getEmbeds())
                .singleElement()
                .extracting(MessageEmbed::getTitle)
                .isEqualTo("Question 1");
        assertThat(message.getComponentTree().findAll(Button.class))
                .singleElement()
                .extracting(Button::getCustomId)
                .isEqualTo("x");

        // a click on that stored message carries its real components, so JDA resolves the button
        InteractionRef click = fake.buttonClick("43", "bob", "x", message.getId());
        assertThat(buttonSeen.get(5, TimeUnit.SECONDS)).isEqualTo("x|A");
        assertThat(fake.awaitCallback(click, WAIT).json().at("/data/flags").asInt())
                .isEqualTo(64);
        buttonReplied.get(5, TimeUnit.SECONDS);
    }

    @Test
    void memberWithoutPermissionsLacksManageServer() throws Exception {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN, new QuizListener());

        InteractionRef ref = fake.slashCommand("43", "bob", 0L, "quiz", "start", Map.of("topic", "nlp", "count", 1));

        assertThat(slashSeen.get(5, TimeUnit.SECONDS).manageServer()).isFalse();
        assertThat(fake.awaitCallback(ref, WAIT).json().path("type").asInt()).isEqualTo(4);
        replyMessage.get(5, TimeUnit.SECONDS);
    }

    @Test
    void buttonClickEphemeralReplyIsCaptured() throws Exception {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN, new QuizListener());

        InteractionRef ref = fake.buttonClick("42", "alice", "answer:1:B", "3000");

        CapturedRequest callback = fake.awaitCallback(ref, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().at("/data/content").asText()).isEqualTo("Recorded");
        assertThat(callback.json().at("/data/flags").asInt() & FakeDiscord.FLAG_EPHEMERAL)
                .isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(buttonSeen.get(5, TimeUnit.SECONDS)).isEqualTo("answer:1:B|answer:1:B");
        buttonReplied.get(5, TimeUnit.SECONDS);
    }

    @Test
    void deferredReplyThenEditOriginal() throws Exception {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN, new QuizListener());

        InteractionRef ref = fake.slashCommand("42", "alice", 0L, "defer", null, Map.of());

        assertThat(fake.awaitCallback(ref, WAIT).json().path("type").asInt()).isEqualTo(5);
        CapturedRequest edit = fake.awaitRequest("PATCH", ref.originalMessagePath(), WAIT);
        assertThat(edit.json().path("content").asText()).isEqualTo("done");
        Message edited = editedOriginal.get(5, TimeUnit.SECONDS);
        assertThat(edited.getContentRaw()).isEqualTo("done");
        assertThat(edited.getId()).isEqualTo(fake.originalMessageId(ref).orElseThrow());
    }

    @Test
    void channelMessageEditIsCaptured() throws InterruptedException {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN);
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, fake.channelId());

        Message edited = channel.editMessageEmbedsById(
                        "3000", new EmbedBuilder().setTitle("Live: 2 answers").build())
                .complete();

        CapturedRequest patch = fake.awaitRequest("PATCH", "channels/2000/messages/3000", WAIT);
        assertThat(patch.json().at("/embeds/0/title").asText()).isEqualTo("Live: 2 answers");
        assertThat(patch.header("Authorization")).isEqualTo("Bot " + FakeDiscord.DEFAULT_TOKEN);
        assertThat(edited.getId()).isEqualTo("3000");
        assertThat(edited.getEmbeds())
                .singleElement()
                .extracting(MessageEmbed::getTitle)
                .isEqualTo("Live: 2 answers");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void wrongTokenFailsFast() {
        assertThatThrownBy(() -> jda = fake.connect("wrong-token")).isInstanceOf(InvalidTokenException.class);

        // The fake records a request once it has answered it, which may be just after JDA gave up.
        assertThat(fake.awaitRequest("GET", "users/@me", Duration.ofSeconds(2))).isNotNull();
    }

    @Test
    void autocompleteChoicesAreCaptured() throws Exception {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN, new QuizListener());

        InteractionRef ref = fake.autocomplete("42", "alice", "quiz", "start", "topic", "ml", Map.of("count", 2));

        JsonNode body = fake.awaitCallback(ref, WAIT).json();
        assertThat(body.path("type").asInt()).isEqualTo(8);
        assertThat(body.at("/data/choices/0/name").asText()).isEqualTo("ml-basics");
        assertThat(body.at("/data/choices/1/value").asText()).isEqualTo("ml-advanced");
        autocompleted.get(5, TimeUnit.SECONDS);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void gatewayRejectsWrongTokenWith4004() {
        // let REST accept any token so that JDA reaches IDENTIFY
        fake.stub(
                r -> r.matches("GET", "users/@me"),
                r -> FakeDiscord.StubResponse.json(
                        200,
                        """
                {"id":"100","username":"mlquiz-bot","discriminator":"0","global_name":null,"avatar":null,"bot":true}
                """));

        assertThatThrownBy(() -> jda = fake.connect("wrong-token"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTHENTICATION_FAILED");
        assertThat(fake.lastGatewayCloseCode()).hasValue(4004);
    }

    @Test
    void commandRegistrationIsEchoedWithIds() throws InterruptedException {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN);

        List<Command> global = jda.updateCommands()
                .addCommands(Commands.slash("quiz", "Quiz")
                        .addSubcommands(
                                new SubcommandData("start", "Start").addOption(OptionType.STRING, "topic", "t")))
                .complete();
        List<Command> guild = jda.getGuildById(fake.guildId())
                .updateCommands()
                .addCommands(Commands.slash("quizadmin", "Admin"))
                .complete();

        assertThat(global).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("quiz");
            assertThat(c.getSubcommands())
                    .extracting(Command.Subcommand::getName)
                    .containsExactly("start");
        });
        assertThat(guild).singleElement().extracting(Command::getName).isEqualTo("quizadmin");
        // awaited: the fake records a request just after answering it, which may be after complete() returned
        assertThat(fake.awaitRequest("PUT", "applications/100/commands", WAIT)).isNotNull();
        assertThat(fake.awaitRequest("PUT", "applications/100/guilds/1000/commands", WAIT))
                .isNotNull();
        assertThat(fake.registeredCommands(null)).singleElement().satisfies(c -> assertThat(
                        c.path("id").asText())
                .isEqualTo(global.get(0).getId()));
    }

    @Test
    void channelsCanBeHiddenFromTheBotChangedAndDeleted() throws InterruptedException {
        fake.close();
        fake = FakeDiscord.start(
                new FakeDiscord.Config().channel("2001", "hidden", Permission.VIEW_CHANNEL.getRawValue()));
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN);
        GuildMessageChannel general = jda.getChannelById(GuildMessageChannel.class, fake.channelId());
        GuildMessageChannel hidden = jda.getChannelById(GuildMessageChannel.class, "2001");

        assertThat(general.getGuild().getSelfMember().hasPermission(general, Permission.VIEW_CHANNEL))
                .isTrue();
        assertThat(hidden.getGuild().getSelfMember().hasPermission(hidden, Permission.VIEW_CHANNEL))
                .isFalse();

        fake.denyBot(fake.channelId(), Permission.MESSAGE_SEND.getRawValue());
        fake.deleteChannel("2001");

        // JDA takes gateway events in on its own thread
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (jda.getChannelById(GuildMessageChannel.class, "2001") != null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        assertThat(jda.getChannelById(GuildMessageChannel.class, "2001")).isNull();
        GuildMessageChannel changed = jda.getChannelById(GuildMessageChannel.class, fake.channelId());
        assertThat(changed.getGuild().getSelfMember().hasPermission(changed, Permission.MESSAGE_SEND))
                .as("the update came before the deletion, over the same gateway connection")
                .isFalse();
    }

    @Test
    void aHookSeesARequestBeforeItIsAnswered() throws InterruptedException {
        jda = fake.connect(FakeDiscord.DEFAULT_TOKEN);
        List<Boolean> storedWhenSeen = new CopyOnWriteArrayList<>();
        fake.beforeAnswering(
                r -> r.matches("POST", "channels/2000/messages"),
                r -> storedWhenSeen.add(!fake.requests().contains(r)));

        Message sent = jda.getChannelById(GuildMessageChannel.class, fake.channelId())
                .sendMessage("hello")
                .complete();

        assertThat(storedWhenSeen).containsExactly(true);
        assertThat(fake.message(sent.getId())).isPresent();
    }
}
