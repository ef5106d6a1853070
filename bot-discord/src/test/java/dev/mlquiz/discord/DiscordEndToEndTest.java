package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.store.JdbcStorage;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TempDatabase;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.discord.fake.CapturedRequest;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real JDA client against a fake Discord on 127.0.0.1: slash commands and clicks in, messages out. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final long MANAGE_SERVER = FakeDiscord.PERMISSION_MANAGE_SERVER;

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final ManualDelayer delayer = new ManualDelayer();
    FakeDiscord discord;
    DiscordBot bot;
    Quiz quiz;
    RoundMessages messages;
    DiscordMessenger editor;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        messages = JdbcStorage.roundMessages(db.database());
        editor = new DiscordMessenger(messages);
        RoundMessageUpdater updater =
                new RoundMessageUpdater(new EditCoalescer(delayer, Duration.ofSeconds(3)), editor);
        quiz = new Quiz(TestBanks.beginner(6), db.stores(), updater, clock, new SplittableRandom(1));
        updater.attach(quiz);
        bot = DiscordBot.start(
                FakeDiscord.DEFAULT_TOKEN, Optional.of(discord.guildId()), quiz, messages, editor, discord::configure);
    }

    @AfterEach
    void stop() throws Exception {
        bot.jda().shutdownNow();
        bot.jda().awaitShutdown(WAIT);
        discord.close();
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
        InteractionRef ref = discord.slashCommand(userId, "user" + userId, permissions, command, subcommand, options);
        return discord.awaitCallback(ref, WAIT).json();
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
        assertThat(discord.requests().stream().filter(r -> r.method().equals("PATCH")))
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
        assertThat(embed.path("fields").get(2).path("value").asText()).isEqualTo("user21");
        assertThat(embed.path("footer").path("text").asText()).isEqualTo("2 answers · 50% right");
        JsonNode buttons = edit.json().path("components").get(0).path("components");
        assertThat(StreamSupport.stream(buttons.spliterator(), false))
                .allMatch(b -> b.path("disabled").asBoolean());
        assertThat(discord.requests().stream().filter(r -> r.method().equals("PATCH")))
                .as("the pending live count must not overwrite the reveal")
                .hasSize(1);

        JsonNode late = click("23", round.button(round.right()), round.messageId());
        assertThat(late.path("data").path("content").asText())
                .isEqualTo("⚠️ This round is closed; answers are no longer taken.");
    }

    @Test
    void a_member_without_manage_server_cannot_close_a_round() {
        PostedRound round = ask();

        JsonNode refused = command("21", 0, "mlquiz-admin", "close", Map.of());
        JsonNode closed = command("31", MANAGE_SERVER, "mlquiz-admin", "close", Map.of());

        assertThat(refused.path("data").path("content").asText())
                .isEqualTo("⚠️ Only admins can close a round early. It closes by itself when its time is up.");
        assertThat(refused.path("data").path("flags").asInt()).isEqualTo(FakeDiscord.FLAG_EPHEMERAL);
        assertThat(closed.path("data").path("content").asText())
                .isEqualTo("Round closed. The answer is revealed in the channel.");
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
    void the_topic_option_autocompletes_from_the_bank() {
        InteractionRef ref = discord.autocomplete("21", "user21", "mlquiz", "ask", "topic", "core", Map.of());

        JsonNode choices = discord.awaitCallback(ref, WAIT).json().path("data").path("choices");

        assertThat(choices).hasSize(1);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("core-concepts");
        assertThat(choices.get(0).path("name").asText()).isEqualTo("Core ML concepts (6)");
    }

    @Test
    void a_bad_token_is_a_clear_error() {
        assertThatThrownBy(() -> DiscordBot.start(
                        "not-the-token",
                        Optional.empty(),
                        quiz,
                        messages,
                        new DiscordMessenger(messages),
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
        quiz.execute(admin, CommandParser.parse("qotd on 10:00 UTC daily"));

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
        assertThat(embed.toString()).contains("First right", "user21", "Participation");
    }
}
