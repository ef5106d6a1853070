package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.testing.Images;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.discord.fake.CapturedRequest;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.awt.Dimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The real JDA client against a fake Discord on 127.0.0.1: slash commands and clicks in, messages out. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {
    /**
     * Also how long the tests of interactions that must not queue behind held workers wait for their answer:
     * the workers stay held until the test ends, so a queued one is never answered, however slow the machine.
     */
    static final Duration WAIT = Duration.ofSeconds(10);

    static final long MANAGE_SERVER = FakeDiscord.PERMISSION_MANAGE_SERVER;
    /** A channel where the bot's role may not even look. */
    static final String HIDDEN = "2001";
    /** A second channel where the bot may do everything. */
    static final String OTHER = "2002";
    /** A channel where the bot may post, but without embeds. */
    static final String NO_EMBEDS = "2003";
    /** A channel where the bot may post embeds, but attach no file. */
    static final String NO_FILES = "2004";

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    /** The clock the bot judges Discord's 3 s on, apart from the quiz's, which tests move by days. */
    final MutableClock interactionClock = MutableClock.at("2026-03-04T10:00:00Z");

    final ManualDelayer delayer = new ManualDelayer();
    FakeDiscord discord;
    DiscordBot bot;
    Quiz quiz;
    RoundMessages messages;
    RoundMessageUpdater updater;
    DiscordPublisher editor;
    final Pictures pictures = new Pictures(Catalog.english());

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start(new FakeDiscord.Config()
                .channel(HIDDEN, "quiz-hidden", Permission.VIEW_CHANNEL.getRawValue())
                .channel(OTHER, "random", 0)
                .channel(NO_EMBEDS, "no-embeds", Permission.MESSAGE_EMBED_LINKS.getRawValue())
                .channel(NO_FILES, "no-files", Permission.MESSAGE_ATTACH_FILES.getRawValue()));
        messages = JdbcStorage.roundMessages(db.database());
        editor = new DiscordPublisher(Optional.of(pictures));
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(delayer, Duration.ofSeconds(3)),
                editor,
                messages,
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        bot = DiscordBot.start(
                settings(FakeDiscord.DEFAULT_TOKEN, Optional.of(discord.guildId())),
                quiz,
                updater,
                editor,
                discord::configure,
                Acknowledgments.NONE,
                interactionClock);
    }

    /** The bot's settings, pointed at the fake Discord as DISCORD_REST_URL and DISCORD_GATEWAY_URL would. */
    DiscordSettings settings(String token, Optional<String> guildId) {
        return DiscordSettings.of(token, guildId).withEndpoints(discord.restBaseUrl(), discord.gatewayUrl());
    }

    /** The bot first: its listeners may still be using the database, which the extension closes after this. */
    @AfterEach
    void stop() {
        bot.close();
        discord.close();
        logged.forEach((name, appender) -> {
            logger(name).detachAppender(appender);
            logger(name).setAdditive(true);
        });
    }

    final Map<String, ListAppender<ILoggingEvent>> logged = new HashMap<>();

    /**
     * From now on, what {@code source} logs (WARN and up, as configured for tests), kept here instead of
     * the console: the test asserts what it expects.
     */
    List<ILoggingEvent> logsOf(Class<?> source) {
        return logged.computeIfAbsent(source.getName(), name -> {
                    ListAppender<ILoggingEvent> appender = new ListAppender<>();
                    appender.start();
                    logger(name).addAppender(appender);
                    logger(name).setAdditive(false);
                    return appender;
                })
                .list;
    }

    static ch.qos.logback.classic.Logger logger(String name) {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
    }

    static List<String> messagesOf(List<ILoggingEvent> events) {
        synchronized (events) {
            return events.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
        }
    }

    ChannelId channel(String id) {
        return new ChannelId(new TeamId(Platform.DISCORD, discord.guildId()), id);
    }

    Invocation admin(String channelId) {
        return new Invocation(new Player(new PlayerId(Platform.DISCORD, "31"), "boss"), channel(channelId), "c", true);
    }

    /** Waits until JDA has taken in a channel change the fake sent over the gateway. */
    void eventuallyBotLacks(String channelId, Permission permission) {
        eventually(() -> {
            GuildChannel channel = bot.shards().getGuildChannelById(channelId);
            return channel == null || !channel.getGuild().getSelfMember().hasPermission(channel, permission);
        });
    }

    /** Waits (bounded) for something the bot does after answering Discord, such as storing a message id. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("condition not met within %s", WAIT)
                    .isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    JsonNode command(String userId, long permissions, String command, String subcommand, Map<String, ?> options) {
        return commandIn(discord.channelId(), userId, permissions, command, subcommand, options);
    }

    JsonNode commandIn(
            String channelId,
            String userId,
            long permissions,
            String command,
            String subcommand,
            Map<String, ?> options) {
        InteractionRef ref =
                discord.slashCommandIn(channelId, userId, "user" + userId, permissions, command, subcommand, options);
        return discord.awaitAnswerJson(ref, WAIT);
    }

    static boolean isCallback(CapturedRequest request) {
        return request.matches("POST", "interactions/[^/]+/[^/]+/callback");
    }

    JsonNode click(String userId, String customId, String messageId) {
        InteractionRef ref = discord.buttonClick(userId, "user" + userId, customId, messageId);
        return discord.awaitCallback(ref, WAIT).json();
    }

    static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components")
                .forEach(b -> ids.add(b.path("custom_id").asText())));
        return ids;
    }

    /** The letter whose option text is the bank's "Right N". */
    static String rightLetter(String description) {
        return description
                .lines()
                .filter(line -> line.matches("\\*\\*[A-D]\\.\\*\\* Right \\d+"))
                .map(line -> line.substring(2, 3))
                .findFirst()
                .orElseThrow();
    }

    record PostedRound(String messageId, RoundId round, List<String> buttons, String right) {
        String button(String letter) {
            return buttons.get(letter.charAt(0) - 'A');
        }

        String wrong() {
            return right.equals("A") ? "B" : "A";
        }
    }

    PostedRound ask() {
        JsonNode callback = command("11", 0, "mlquiz", "ask", Map.of());
        assertThat(callback.path("type").asInt()).isEqualTo(4);
        JsonNode data = callback.path("data");
        assertThat(data.path("flags").asInt() & FakeDiscord.FLAG_EPHEMERAL).isZero();
        List<String> buttons = buttonIds(data);
        RoundId round = AnswerButtonId.decode(buttons.get(0)).orElseThrow().round();
        eventually(() -> messages.messageRef(round).isPresent());
        return new PostedRound(
                messages.messageRef(round).get(),
                round,
                buttons,
                rightLetter(data.path("embeds").get(0).path("description").asText()));
    }

    @Test
    void both_commands_are_registered_in_the_guild_with_the_admin_one_limited_to_managers() {
        List<JsonNode> commands = discord.registeredCommands(discord.guildId());

        assertThat(commands)
                .extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("mlquiz", "mlquiz-admin");
        JsonNode admin = commands.stream()
                .filter(c -> c.path("name").asText().equals("mlquiz-admin"))
                .findFirst()
                .orElseThrow();
        assertThat(admin.path("default_member_permissions").asText()).isEqualTo(String.valueOf(MANAGE_SERVER));
    }

    @Test
    void ask_posts_an_embed_with_four_answer_buttons() {
        JsonNode data = command("11", 0, "mlquiz", "ask", Map.of()).path("data");

        JsonNode embed = data.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Question · Core ML concepts");
        assertThat(embed.path("description").asText())
                .startsWith("**Question number ")
                .contains("**A.** ", "**D.** ");
        List<String> buttons = buttonIds(data);
        assertThat(buttons).hasSize(4).allSatisfy(id -> assertThat(AnswerButtonId.decode(id))
                .isPresent());
    }

    @Test
    void two_players_click_each_is_confirmed_privately_and_a_second_click_is_refused() {
        PostedRound round = ask();

        JsonNode first = click("21", round.button(round.right()), round.messageId());
        JsonNode second = click("22", round.button(round.wrong()), round.messageId());
        JsonNode again = click("21", round.button(round.wrong()), round.messageId());

        assertThat(first.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(first.path("data").path("content").asText())
                .startsWith("🔒 Locked in: " + round.right() + ". Right ");
        assertThat(second.path("data").path("content").asText())
                .startsWith("🔒 Locked in: " + round.wrong() + ". Wrong ");
        assertThat(again.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(again.path("data").path("content").asText())
                .isEqualTo("⚠️ You already answered " + round.right() + ". Your first choice counts.");
    }

    @Test
    void a_second_ask_shows_the_open_round_privately_with_a_link_to_its_message() {
        PostedRound round = ask();

        JsonNode data = command("22", 0, "mlquiz", "ask", Map.of()).path("data");

        assertThat(data.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(data.path("content").asText())
                .isEqualTo("A round is already open in this channel; here it is again. [Go to the question]"
                        + "(https://discord.com/channels/" + discord.guildId() + "/" + discord.channelId() + "/"
                        + round.messageId() + ")");
        assertThat(buttonIds(data)).isEqualTo(round.buttons());
        JsonNode answer = click("22", round.button(round.right()), round.messageId());
        assertThat(answer.path("data").path("content").asText()).startsWith("🔒 Locked in: " + round.right());
    }

    @Test
    void a_burst_of_clicks_makes_one_live_count_edit() {
        PostedRound round = ask();
        for (String user : List.of("21", "22", "23")) {
            click(user, round.button(round.right()), round.messageId());
        }
        discord.clearRequests();

        delayer.runAll();

        CapturedRequest edit = discord.awaitRequest(
                "PATCH", "channels/" + discord.channelId() + "/messages/" + round.messageId(), WAIT);
        assertThat(edit.json().path("embeds").get(0).path("footer").path("text").asText())
                .startsWith("3 answers so far");
        assertThat(discord.requests().stream().filter(r -> r.matches("PATCH", "channels/.*")))
                .hasSize(1);
    }

    @Test
    void when_the_round_closes_its_message_is_edited_into_the_reveal() {
        PostedRound round = ask();
        click("21", round.button(round.right()), round.messageId());
        click("22", round.button(round.wrong()), round.messageId());
        clock.advance(Duration.ofSeconds(61));

        quiz.closeDueRounds();
        delayer.runAll();

        CapturedRequest edit = discord.awaitRequest(
                "PATCH", "channels/" + discord.channelId() + "/messages/" + round.messageId(), WAIT);
        JsonNode embed = edit.json().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Answer: " + round.right() + " · Core ML concepts");
        assertThat(embed.path("description").asText()).contains("✅ **" + round.right() + ".** Right ");
        assertThat(embed.path("fields").get(0).path("value").asText()).startsWith("Because ");
        assertThat(embed.path("fields").get(2).path("value").asText()).isEqualTo("user21 got it right (+1 point).");
        String question = db.stores().rounds().find(round.round()).orElseThrow().questionId();
        assertThat(embed.path("footer").path("text").asText())
                .isEqualTo("2 answers, 50% right. · Question " + question);
        JsonNode buttons = edit.json().path("components").get(0).path("components");
        assertThat(StreamSupport.stream(buttons.spliterator(), false))
                .allMatch(b -> b.path("disabled").asBoolean());
        assertThat(discord.requests().stream().filter(r -> r.matches("PATCH", "channels/.*")))
                .as("the pending live count must not overwrite the reveal")
                .hasSize(1);

        JsonNode late = click("23", round.button(round.right()), round.messageId());
        assertThat(late.path("data").path("content").asText())
                .isEqualTo("⚠️ This round is closed; answers are no longer taken.");
    }

    String description(JsonNode callback) {
        return callback.path("data").path("embeds").get(0).path("description").asText();
    }

    @Test
    void while_a_round_is_open_no_board_or_stats_shows_its_answers_and_the_reveal_brings_the_points() {
        PostedRound round = ask();
        List<String> players = List.of("21", "22", "23", "24");
        for (int i = 0; i < 4; i++) {
            click(players.get(i), round.button(String.valueOf((char) ('A' + i))), round.messageId());
        }
        String winner = "user" + players.get(round.right().charAt(0) - 'A');

        for (String window : List.of("week", "month", "all")) {
            assertThat(description(command("25", 0, "mlquiz", "leaderboard", Map.of("window", window))))
                    .as(window)
                    .startsWith("No points yet.");
            assertThat(description(
                            command("25", 0, "mlquiz", "leaderboard", Map.of("window", window, "scope", "teams"))))
                    .as(window)
                    .isEqualTo("No points yet.");
        }
        for (String player : players) {
            assertThat(description(command("25", 0, "mlquiz", "stats", Map.of("user", player))))
                    .isEqualTo("No answers yet. Try /mlquiz practice.");
        }

        command("31", MANAGE_SERVER, "mlquiz-admin", "close", Map.of());

        assertThat(description(command("25", 0, "mlquiz", "leaderboard", Map.of("window", "all"))))
                .startsWith("`1.` " + winner + " — 1 point · 1/1 right");
    }

    @Test
    void a_member_without_manage_server_cannot_close_a_round() {
        PostedRound round = ask();

        JsonNode refused = command("21", 0, "mlquiz-admin", "close", Map.of());
        JsonNode closed = command("31", MANAGE_SERVER, "mlquiz-admin", "close", Map.of());

        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ Only admins can close a round early. It closes by itself when its time is up.");
        assertThat(refused.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(closed.path("data").path("content").asText()).isEqualTo("You closed the round early.");
        discord.awaitRequest("PATCH", "channels/" + discord.channelId() + "/messages/" + round.messageId(), WAIT);
    }

    @Test
    void a_click_on_a_button_of_an_unknown_round_gets_a_friendly_refusal() {
        JsonNode stale = click("21", "mlquiz.answer.v1.zzzz0000.A", "4242");
        JsonNode forged = click("21", "something-else", "4242");

        String refusal = "⚠️ This question is no longer active. Start a new one with /mlquiz ask.";
        assertThat(stale.path("data").path("content").asText()).isEqualTo(refusal);
        assertThat(forged.path("data").path("content").asText()).isEqualTo(refusal);
        assertThat(stale.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
    }

    @Test
    void practice_is_private_and_the_click_turns_it_into_feedback() {
        JsonNode data = command("21", 0, "mlquiz", "practice", Map.of()).path("data");
        assertThat(data.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        String right =
                rightLetter(data.path("embeds").get(0).path("description").asText());
        String button = buttonIds(data).get(right.charAt(0) - 'A');

        JsonNode feedback = click("21", button, "5000");

        assertThat(feedback.path("type").asInt())
                .as("update the practice message")
                .isEqualTo(7);
        assertThat(feedback.path("data").path("embeds").get(0).path("title").asText())
                .isEqualTo("Correct!");
    }

    @Test
    void review_asks_privately_says_what_is_due_and_can_be_turned_off() {
        JsonNode data = command("21", 0, "mlquiz", "review", Map.of()).path("data");
        assertThat(data.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(data.toString()).contains("Nothing is due: here is a question you have not seen yet");
        String right =
                rightLetter(data.path("embeds").get(0).path("description").asText());

        JsonNode feedback = click("21", buttonIds(data).get(right.charAt(0) - 'A'), "5000");
        JsonNode off =
                command("21", 0, "mlquiz", "review", Map.of("switch", "off")).path("data");

        assertThat(feedback.path("data").path("embeds").get(0).path("title").asText())
                .isEqualTo("Correct!");
        assertThat(off.path("content").asText()).startsWith("Review is off.");
        assertThat(off.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
    }

    @Test
    void export_attaches_the_csv_file_to_a_private_reply() {
        JsonNode data = command("21", 0, "mlquiz", "practice", Map.of()).path("data");
        String right =
                rightLetter(data.path("embeds").get(0).path("description").asText());
        String wrong = right.equals("A") ? "B" : "A";
        click("21", buttonIds(data).get(wrong.charAt(0) - 'A'), "5000");

        InteractionRef ref = discord.slashCommand("21", "user21", 0, "mlquiz", "export", Map.of());
        JsonNode answer = discord.awaitAnswerJson(ref, WAIT);

        assertThat(answer.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(answer.path("data").path("content").asText())
                .startsWith("1 question you missed, in mlquiz-missed.csv");
        assertThat(discord.awaitAnswer(ref, WAIT).body())
                .contains("filename=\"mlquiz-missed.csv\"", "#separator:Comma");
    }

    @Test
    void leaderboards_and_errors_are_rendered_for_discord() {
        JsonNode board = command("21", 0, "mlquiz", "leaderboard", Map.of("window", "all"))
                .path("data");
        JsonNode unknown =
                command("21", 0, "mlquiz", "ask", Map.of("topic", "astrology")).path("data");

        assertThat(board.path("embeds").get(0).path("title").asText()).isEqualTo("Leaderboard · Team · All time");
        assertThat(unknown.path("content").asText()).startsWith("⚠️ Unknown topic or level 'astrology'.");
        assertThat(unknown.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
    }

    @Test
    void a_leaderboard_uploads_its_png_beside_the_embed_text() {
        InteractionRef ref = discord.slashCommand("21", "user21", 0, "mlquiz", "leaderboard", Map.of("window", "all"));
        CapturedRequest callback = discord.awaitAnswer(ref, WAIT);

        JsonNode embed =
                discord.awaitAnswerJson(ref, WAIT).path("data").path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Leaderboard · Team · All time");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://leaderboard.png");
        Png expected = pictures.leaderboard((LeaderboardView) asUser21("leaderboard all"));
        assertThat(Images.size(callback.file("leaderboard.png").orElseThrow()))
                .isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void stats_upload_their_png_in_the_private_reply() {
        InteractionRef ref = discord.slashCommand("21", "user21", 0, "mlquiz", "stats", Map.of());
        CapturedRequest callback = discord.awaitAnswer(ref, WAIT);

        JsonNode data = discord.awaitAnswerJson(ref, WAIT).path("data");
        assertThat(data.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(data.path("embeds").get(0).path("title").asText()).isEqualTo("Stats · user21");
        assertThat(data.path("embeds").get(0).path("image").path("url").asText())
                .isEqualTo("attachment://stats.png");
        Png expected = pictures.stats((StatsView) asUser21("stats"));
        assertThat(Images.size(callback.file("stats.png").orElseThrow()))
                .isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void the_weekly_recap_is_posted_with_its_png_and_where_files_are_not_allowed_with_its_text_alone() {
        List<ILoggingEvent> warnings = logsOf(DiscordPublisher.class);

        assertThat(editor.post(channel(discord.channelId()), List.of(SampleBoards.recap())))
                .isInstanceOf(PostResult.Posted.class);
        assertThat(editor.post(channel(NO_FILES), List.of(SampleBoards.recap())))
                .isInstanceOf(PostResult.Posted.class);

        CapturedRequest post = discord.awaitRequest("POST", "channels/" + discord.channelId() + "/messages", WAIT);
        Png expected = pictures.recap(SampleBoards.recap());
        assertThat(post.json().path("embeds").get(0).path("title").asText()).contains("general");
        assertThat(Images.size(post.file("recap.png").orElseThrow()))
                .isEqualTo(new Dimension(expected.width(), expected.height()));
        CapturedRequest textOnly = discord.awaitRequest("POST", "channels/" + NO_FILES + "/messages", WAIT);
        assertThat(textOnly.json().path("embeds").get(0).path("title").asText()).contains("general");
        assertThat(textOnly.file("recap.png")).isEmpty();
        assertThat(messagesOf(warnings))
                .containsExactly(
                        "a picture card was left out in channel " + NO_FILES + ": the bot's role lacks Attach Files");
    }

    @Test
    void a_recap_whose_card_discord_refuses_goes_as_its_text_alone() {
        List<ILoggingEvent> warnings = logsOf(DiscordPublisher.class);
        discord.stub(
                r -> r.matches("POST", "channels/" + discord.channelId() + "/messages")
                        && r.file("recap.png").isPresent(),
                FakeDiscord.StubResponse.error(413, 40005, "Request entity too large"));
        try {
            assertThat(editor.post(channel(discord.channelId()), List.of(SampleBoards.recap())))
                    .isInstanceOf(PostResult.Posted.class);
        } finally {
            discord.clearStubs();
        }

        CapturedRequest textOnly = discord.awaitRequest(
                r -> r.matches("POST", "channels/" + discord.channelId() + "/messages")
                        && r.file("recap.png").isEmpty(),
                WAIT);
        assertThat(textOnly.json().path("embeds").get(0).path("title").asText()).contains("general");
        assertThat(messagesOf(warnings)).singleElement().asString().startsWith("a picture card was refused in channel");
    }

    /** What the core answers player 21 in the fake's channel, as the bot's reply to the same command shows it. */
    View asUser21(String command) {
        Invocation user21 = new Invocation(
                new Player(new PlayerId(Platform.DISCORD, "21"), "user21"),
                channel(discord.channelId()),
                FakeDiscord.DEFAULT_CHANNEL_NAME,
                false);
        return quiz.execute(user21, CommandParser.parse(command, quiz.bank().topics()))
                .view();
    }

    @Test
    void the_topic_option_autocompletes_from_the_bank() {
        InteractionRef ref = discord.autocomplete("21", "user21", "mlquiz", "ask", "topic", "core", Map.of());

        JsonNode choices = discord.awaitCallback(ref, WAIT).json().path("data").path("choices");

        assertThat(choices).hasSize(1);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("core-concepts");
        assertThat(choices.get(0).path("name").asText()).isEqualTo("Core ML concepts (6)");
    }

    @Test
    void a_topic_typed_outside_a_server_autocompletes_to_nothing_without_an_error() {
        List<ILoggingEvent> logs = logsOf(InteractionGate.class);
        InteractionRef ref = discord.autocompleteInDirectMessage("21", "user21", "mlquiz", "ask", "topic", "core");

        JsonNode answered = discord.awaitCallback(ref, WAIT).json();

        assertThat(answered.path("type").asInt()).isEqualTo(8);
        assertThat(answered.path("data").path("choices")).isEmpty();
        assertThat(messagesOf(logs)).isEmpty();
    }

    @Test
    void a_bad_token_is_a_clear_error() {
        assertThatThrownBy(() -> DiscordBot.start(
                        settings("not-the-token", Optional.empty()),
                        quiz,
                        updater,
                        new DiscordPublisher(),
                        discord::configure))
                .isInstanceOf(DiscordStartException.class)
                .hasMessage("Discord rejected DISCORD_TOKEN. Copy the bot token again from the Discord developer portal"
                        + " (Bot > Reset Token).");
    }

    @Test
    void the_question_of_the_day_is_posted_to_the_channel_and_edited_into_its_reveal() {
        ChannelId channel = new ChannelId(new TeamId(Platform.DISCORD, discord.guildId()), discord.channelId());
        Invocation admin =
                new Invocation(new Player(new PlayerId(Platform.DISCORD, "31"), "boss"), channel, "general", true);
        quiz.execute(
                admin,
                CommandParser.parse("qotd on 10:00 UTC daily", quiz.bank().topics()));

        assertThat(quiz.postDueDailyQuestions()).hasSize(1);

        CapturedRequest post = discord.awaitRequest("POST", "channels/" + discord.channelId() + "/messages", WAIT);
        assertThat(post.json().path("embeds").get(0).path("title").asText()).startsWith("Question · ");
        List<String> buttons = buttonIds(post.json());
        RoundId round = AnswerButtonId.decode(buttons.get(0)).orElseThrow().round();
        String messageId = messages.messageRef(round).orElseThrow();
        String right = rightLetter(
                post.json().path("embeds").get(0).path("description").asText());
        JsonNode confirmed = click("21", buttons.get(right.charAt(0) - 'A'), messageId);
        assertThat(confirmed.path("data").path("content").asText()).startsWith("🔒 Locked in: " + right);

        clock.advance(Duration.ofDays(1));
        quiz.closeDueRounds();

        CapturedRequest reveal =
                discord.awaitRequest("PATCH", "channels/" + discord.channelId() + "/messages/" + messageId, WAIT);
        JsonNode embed = reveal.json().path("embeds").get(0);
        assertThat(embed.path("title").asText()).startsWith("Question of the day · Answer: " + right);
        assertThat(embed.path("fields").get(2).path("value").asText())
                .contains("user21 got it right", "user21 was first to get it right.", "regular player");
    }

    // ------------------------------------------------------------------ a channel is never left stuck

    @Test
    void a_question_discord_refuses_is_withdrawn_and_the_channel_is_free() {
        List<ILoggingEvent> logs = logsOf(InteractionGate.class);
        discord.stub(
                DiscordEndToEndTest::isCallback, FakeDiscord.StubResponse.error(404, 10062, "Unknown interaction"));
        discord.slashCommand("11", "user11", 0, "mlquiz", "ask", Map.of());

        eventually(() -> messagesOf(logs).size() == 2);
        assertThat(quiz.openRound(channel(discord.channelId()))).isEmpty();
        discord.clearStubs();
        PostedRound next = ask();

        assertThat(quiz.openRound(channel(discord.channelId())).orElseThrow().round())
                .isEqualTo(next.round());
        assertThat(messagesOf(logs))
                .containsExactlyInAnyOrder(
                        "/mlquiz ask in channel 2000 of server 1000 could not be answered:"
                                + " Discord error 10062: Unknown interaction",
                        "/mlquiz ask in channel 2000 of server 1000 failed:"
                                + " Discord refused to acknowledge the interaction");
    }

    @Test
    void a_question_of_the_day_discord_refuses_is_withdrawn_and_its_status_says_why() {
        discord.stub(
                r -> r.matches("POST", "channels/2000/messages"),
                FakeDiscord.StubResponse.error(403, 50013, "Missing Permissions"));
        quiz.execute(
                admin(discord.channelId()),
                CommandParser.parse("qotd on 10:00 UTC daily", quiz.bank().topics()));

        assertThat(quiz.postDueDailyQuestions()).isEmpty();

        assertThat(quiz.openDaily(channel(discord.channelId()))).isEmpty();
        assertThat(qotdStatus(discord.channelId()))
                .contains("posting failed: Discord error 50013: Missing Permissions");
    }

    @Test
    void a_question_of_the_day_where_the_bot_cannot_see_the_channel_is_not_posted_and_its_status_says_why() {
        quiz.execute(
                admin(HIDDEN),
                CommandParser.parse("qotd on 10:00 UTC daily", quiz.bank().topics()));

        assertThat(quiz.postDueDailyQuestions()).isEmpty();

        assertThat(quiz.openDaily(channel(HIDDEN))).isEmpty();
        assertThat(qotdStatus(HIDDEN))
                .contains("posting failed: I can't post questions in #quiz-hidden: my role needs the View Channel,"
                        + " Send Messages and Embed Links permissions there. Ask an admin to add them.");
        assertThat(discord.requests()).noneMatch(r -> r.matches("POST", "channels/" + HIDDEN + "/messages"));
    }

    @Test
    void a_question_of_the_day_for_a_deleted_channel_is_withdrawn() {
        quiz.execute(
                admin(OTHER),
                CommandParser.parse("qotd on 10:00 UTC daily", quiz.bank().topics()));
        discord.deleteChannel(OTHER);
        eventually(() -> bot.shards().getGuildChannelById(OTHER) == null);

        assertThat(quiz.postDueDailyQuestions()).isEmpty();

        assertThat(quiz.openDaily(channel(OTHER))).isEmpty();
        assertThat(qotdStatus(OTHER)).contains("posting failed: the channel is deleted or hidden from the bot");
    }

    String qotdStatus(String channelId) {
        return DiscordRenderer.TEXT.resolve(((Notice) quiz.execute(
                                admin(channelId),
                                CommandParser.parse("qotd status", quiz.bank().topics()))
                        .view())
                .message());
    }

    // ------------------------------------------------------------------ what the bot may do where it is asked

    @Test
    void ask_where_the_bot_cannot_see_the_channel_names_the_missing_permissions_and_opens_nothing() {
        JsonNode refused = commandIn(HIDDEN, "11", 0, "mlquiz", "ask", Map.of());

        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ I can't post questions in #quiz-hidden: my role needs the View Channel, Send Messages"
                        + " and Embed Links permissions there. Ask an admin to add them.");
        assertThat(refused.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(quiz.openRound(channel(HIDDEN))).isEmpty();
    }

    @Test
    void the_question_of_the_day_cannot_be_turned_on_where_the_bot_cannot_post_embeds() {
        JsonNode refused = commandIn(NO_EMBEDS, "31", MANAGE_SERVER, "mlquiz-admin", "qotd on", Map.of());

        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ I can't post questions in #no-embeds: my role needs the Embed Links permission there."
                        + " Ask an admin to add it.");
        assertThat(qotdStatus(NO_EMBEDS)).startsWith("The question of the day is off in this channel.");
    }

    @Test
    void closing_a_round_the_bot_can_no_longer_see_tells_the_admin_and_shows_them_the_answer() {
        PostedRound round = ask();
        discord.denyBot(discord.channelId(), Permission.VIEW_CHANNEL.getRawValue());
        eventuallyBotLacks(discord.channelId(), Permission.VIEW_CHANNEL);
        List<ILoggingEvent> logs = logsOf(DiscordPublisher.class);

        JsonNode closed = command("31", MANAGE_SERVER, "mlquiz-admin", "close", Map.of());

        JsonNode data = closed.path("data");
        assertThat(data.path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(data.path("content").asText())
                .isEqualTo("⚠️ Round closed, but I can't show the answer in #general: my role needs the View Channel,"
                        + " Send Messages and Embed Links permissions there. Ask an admin to add them. Only you can"
                        + " see it here:");
        assertThat(data.path("embeds").get(0).path("title").asText())
                .isEqualTo("Answer: " + round.right() + " · Core ML concepts");
        assertThat(quiz.openRound(channel(discord.channelId()))).isEmpty();
        assertThat(discord.requests()).noneMatch(r -> r.matches("PATCH", "channels/.*"));
        assertThat(messagesOf(logs)).singleElement().asString().startsWith("the reveal of round ");
    }

    @Test
    void a_reveal_whose_question_was_deleted_is_posted_as_a_new_message() {
        PostedRound round = ask();
        discord.stub(
                r -> r.matches("PATCH", "channels/2000/messages/" + round.messageId()),
                FakeDiscord.StubResponse.error(404, 10008, "Unknown Message"));
        List<ILoggingEvent> logs = logsOf(DiscordPublisher.class);
        clock.advance(Duration.ofSeconds(61));

        quiz.closeDueRounds();

        CapturedRequest reveal = discord.awaitRequest("POST", "channels/2000/messages", WAIT);
        assertThat(reveal.json().path("embeds").get(0).path("title").asText())
                .isEqualTo("Answer: " + round.right() + " · Core ML concepts");
        assertThat(messagesOf(logs))
                .containsExactly("the reveal of round " + round.round().value() + " could not replace its question"
                        + " (Discord error 10008: Unknown Message); posting it anew");
    }

    @Test
    void a_reveal_the_timer_cannot_show_is_logged_and_the_other_rounds_still_close() {
        PostedRound hidden = ask();
        JsonNode other = commandIn(OTHER, "11", 0, "mlquiz", "ask", Map.of());
        RoundId otherRound = AnswerButtonId.decode(buttonIds(other.path("data")).get(0))
                .orElseThrow()
                .round();
        eventually(() -> messages.messageRef(otherRound).isPresent());
        discord.denyBot(discord.channelId(), Permission.VIEW_CHANNEL.getRawValue());
        eventuallyBotLacks(discord.channelId(), Permission.VIEW_CHANNEL);
        List<ILoggingEvent> logs = logsOf(DiscordPublisher.class);
        clock.advance(Duration.ofSeconds(61));

        assertThat(quiz.closeDueRounds()).hasSize(2);

        assertThat(messagesOf(logs))
                .contains("the reveal of round " + hidden.round().value() + " cannot be shown in channel 2000: my role"
                        + " needs the View Channel, Send Messages and Embed Links permissions there. Ask an admin to"
                        + " add them.");
        discord.awaitRequest(
                "PATCH",
                "channels/" + OTHER + "/messages/"
                        + messages.messageRef(otherRound).get(),
                WAIT);
    }

    // ------------------------------------------------------------------ clicks

    @Test
    void an_answer_click_is_acknowledged_in_time_while_every_command_worker_waits_on_discord() {
        PostedRound round = ask();
        CountDownLatch release = holdCommandReplies();
        try {
            InteractionRef clicked =
                    discord.buttonClick("21", "user21", round.button(round.right()), round.messageId());

            JsonNode answered = discord.awaitCallback(clicked, WAIT).json();

            assertThat(answered.path("data").path("content").asText()).startsWith("🔒 Locked in");
        } finally {
            release.countDown();
            discord.clearStubs();
        }
    }

    @Test
    void a_slow_command_shows_its_placeholder_in_time_while_every_command_worker_waits_on_discord() {
        CountDownLatch release = holdCommandReplies();
        try {
            InteractionRef ref = discord.slashCommand("21", "user21", 0, "mlquiz", "leaderboard", Map.of());

            JsonNode acknowledged = discord.awaitCallback(ref, WAIT).json();

            assertThat(acknowledged.path("type").asInt())
                    .as("a deferred answer, Discord's placeholder")
                    .isEqualTo(5);
        } finally {
            release.countDown();
            discord.clearStubs();
        }
    }

    @Test
    void a_quick_command_is_answered_in_time_while_every_slow_command_waits_on_discord() {
        CountDownLatch release = new CountDownLatch(1);
        List<InteractionRef> held = new CopyOnWriteArrayList<>();
        AtomicInteger waiting = new AtomicInteger();
        discord.stub(
                r -> held.stream().anyMatch(ref -> r.matches("PATCH", Pattern.quote(ref.originalMessagePath()))), r -> {
                    waiting.incrementAndGet();
                    await(release);
                    return FakeDiscord.StubResponse.json(200, "{}");
                });
        try {
            for (int i = 0; i < 4; i++) {
                held.add(discord.slashCommand("4" + i, "user4" + i, 0, "mlquiz", "leaderboard", Map.of()));
            }
            eventually(() -> waiting.get() == 4);

            InteractionRef quick = discord.slashCommand("21", "user21", 0, "mlquiz", "topics", Map.of());

            assertThat(discord.awaitCallback(quick, WAIT).json().path("type").asInt())
                    .as("answered at once, not behind the four leaderboards")
                    .isEqualTo(4);
        } finally {
            release.countDown();
            discord.clearStubs();
        }
    }

    @Test
    void a_command_that_waited_past_discords_three_seconds_for_a_worker_is_dropped_unanswered() {
        List<ILoggingEvent> logs = logsOf(InteractionGate.class);
        CountDownLatch release = holdCommandReplies();
        InteractionRef late;
        try {
            late = discord.slashCommand("21", "user21", 0, "mlquiz", "topics", Map.of());
            // Interactions reach the gate in order: once this one is answered, the command above is waiting.
            discord.awaitCallback(
                    discord.autocomplete("21", "user21", "mlquiz", "ask", "topic", "core", Map.of()), WAIT);
            interactionClock.advance(Duration.ofSeconds(4));
        } finally {
            release.countDown();
        }
        discord.clearStubs();

        eventually(() -> !messagesOf(logs).isEmpty());

        assertThat(messagesOf(logs))
                .containsExactly("/mlquiz topics in channel 2000 of server 1000 waited 4000 ms for a worker,"
                        + " past Discord's 3 s: dropped");
        assertThat(discord.requests()).noneMatch(r -> r.isCallbackFor(late));
    }

    /**
     * Four commands whose replies Discord takes only once the returned latch is released, so that each of the
     * command workers waits on Discord; returns when they all wait.
     */
    CountDownLatch holdCommandReplies() {
        CountDownLatch release = new CountDownLatch(1);
        List<InteractionRef> held = new CopyOnWriteArrayList<>();
        AtomicInteger waiting = new AtomicInteger();
        discord.stub(r -> held.stream().anyMatch(r::isCallbackFor), r -> {
            waiting.incrementAndGet();
            await(release);
            return FakeDiscord.StubResponse.json(204, "");
        });
        for (int i = 0; i < 4; i++) {
            held.add(discord.slashCommand("4" + i, "user4" + i, 0, "mlquiz", "topics", Map.of()));
        }
        eventually(() -> waiting.get() == 4);
        return release;
    }

    @Test
    void a_click_from_another_channel_on_a_rounds_button_is_refused_privately_and_not_recorded() {
        PostedRound round = ask();

        InteractionRef copied = discord.buttonClickIn(OTHER, "21", "user21", round.button(round.right()), "7777");
        JsonNode refused = discord.awaitCallback(copied, WAIT).json();

        assertThat(refused.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ This button belongs to a question in another channel; answer it there.");
        assertThat(db.stores().answers().forRound(round.round())).isEmpty();
        assertThat(click("21", round.button(round.wrong()), round.messageId())
                        .path("data")
                        .path("content")
                        .asText())
                .startsWith("🔒 Locked in: " + round.wrong());
    }

    @Test
    void an_answer_is_recorded_before_the_click_is_acknowledged() {
        PostedRound round = ask();
        PlayerId player = new PlayerId(Platform.DISCORD, "21");
        List<Boolean> recordedWhenAcknowledged = new CopyOnWriteArrayList<>();
        discord.beforeAnswering(
                DiscordEndToEndTest::isCallback,
                r -> recordedWhenAcknowledged.add(
                        db.stores().answers().find(round.round(), player).isPresent()));

        JsonNode confirmed = click("21", round.button(round.right()), round.messageId());

        assertThat(recordedWhenAcknowledged)
                .as("recorded when the click was acknowledged")
                .containsExactly(true);
        assertThat(confirmed.path("data").path("content").asText()).startsWith("🔒 Locked in: ");
    }

    @Test
    void a_click_the_database_cannot_record_gets_a_clear_private_message() {
        PostedRound round = ask();
        List<ILoggingEvent> logs = logsOf(ButtonListener.class);
        db.database().close();

        JsonNode refused = click("21", round.button(round.right()), round.messageId());

        assertThat(refused.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ Your answer was not saved because of a problem on our side; please click again.");
        assertThat(messagesOf(logs))
                .singleElement()
                .asString()
                .startsWith("button " + round.button(round.right()) + " in channel 2000 of server 1000 was not"
                        + " recorded: ");
    }

    @Test
    void a_command_that_fails_is_answered_privately_and_logged_in_one_line() {
        List<ILoggingEvent> logs = logsOf(InteractionGate.class);
        db.database().close();

        JsonNode failed = command("21", 0, "mlquiz", "leaderboard", Map.of());

        assertThat(failed.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(failed.path("data").path("content").asText())
                .isEqualTo("⚠️ Something went wrong on our side; please try again.");
        assertThat(messagesOf(logs))
                .singleElement()
                .asString()
                .startsWith("/mlquiz leaderboard in channel 2000 of server 1000 failed: ");
    }

    // ------------------------------------------------------------------ stopping

    @Test
    void closing_lets_an_ask_in_flight_finish_and_turns_new_interactions_away() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        discord.beforeAnswering(r -> isCallback(r) && first.compareAndSet(true, false), r -> {
            held.countDown();
            await(release);
        });
        InteractionRef inFlight = discord.slashCommand("11", "user11", 0, "mlquiz", "ask", Map.of());
        await(held);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(bot::close);
        JsonNode turnedAway = eventuallyTurnedAway();
        release.countDown();
        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(turnedAway.path("data").path("content").asText())
                .isEqualTo("⚠️ mlquiz is restarting; please try again in a minute.");
        assertThat(turnedAway.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        RoundId round = AnswerButtonId.decode(
                        buttonIds(discord.awaitAnswerJson(inFlight, WAIT).path("data"))
                                .get(0))
                .orElseThrow()
                .round();
        assertThat(messages.messageRef(round))
                .as("the ask finished: its message is known")
                .isPresent();
        assertThat(bot.shards().getShards()).allMatch(shard -> shard.getStatus() == JDA.Status.SHUTDOWN);
    }

    /** Asks until an answer says the bot is stopping: the first asks may still get in before it closes. */
    JsonNode eventuallyTurnedAway() {
        AtomicReference<JsonNode> answer = new AtomicReference<>();
        eventually(() -> {
            answer.set(command("21", 0, "mlquiz", "topics", Map.of()));
            return answer.get().path("data").path("content").asText().contains("restarting");
        });
        return answer.get();
    }

    @Test
    void closing_never_hangs_on_an_interaction_that_does_not_finish() throws Exception {
        HeldCallbacks callbacks = holdCallbacks();
        try {
            discord.slashCommand("11", "user11", 0, "mlquiz", "topics", Map.of());
            await(callbacks.held());
            List<ILoggingEvent> logs = logsOf(DiscordBot.class);
            List<ILoggingEvent> interactions = logsOf(InteractionGate.class);
            long started = System.nanoTime();

            bot.close(Duration.ofMillis(200));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(messagesOf(logs)).containsExactly("interactions still running after PT0.2S were interrupted");
            assertThat(messagesOf(interactions))
                    .as(
                            "the interrupted interaction unwound before close returned (nothing touches the database after)")
                    .containsExactly("/mlquiz topics in channel 2000 of server 1000 was cut off: mlquiz is stopping");
        } finally {
            callbacks.release().countDown();
        }
    }

    @Test
    void an_ask_cut_off_by_the_stop_withdraws_its_round() throws Exception {
        HeldCallbacks callbacks = holdCallbacks();
        try {
            discord.slashCommand("11", "user11", 0, "mlquiz", "ask", Map.of());
            await(callbacks.held());

            bot.close(Duration.ofMillis(200));

            assertThat(quiz.openRound(channel(discord.channelId())))
                    .as("a question nobody may have seen does not hold the channel")
                    .isEmpty();
        } finally {
            callbacks.release().countDown();
        }
    }

    /** The fake Discord holds interaction callbacks until {@code release}; {@code held} once one is held. */
    record HeldCallbacks(CountDownLatch held, CountDownLatch release) {}

    HeldCallbacks holdCallbacks() {
        HeldCallbacks callbacks = new HeldCallbacks(new CountDownLatch(1), new CountDownLatch(1));
        discord.beforeAnswering(DiscordEndToEndTest::isCallback, r -> {
            callbacks.held().countDown();
            await(callbacks.release());
        });
        return callbacks;
    }

    static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
