package dev.mlquiz.discord;

import static dev.mlquiz.discord.DiscordEndToEndTest.WAIT;
import static dev.mlquiz.discord.DiscordEndToEndTest.buttonIds;
import static dev.mlquiz.discord.DiscordEndToEndTest.eventually;
import static dev.mlquiz.discord.DiscordEndToEndTest.rightLetter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.FakeDiscord.Identify;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bot on several shards, in one process or split across two on one database, against a fake Discord
 * whose gateway sends each server's events on that server's shard only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordShardsTest {
    /** The fake's default server: shard 0 of 2. */
    static final String GUILD_A = FakeDiscord.DEFAULT_GUILD_ID;

    static final String CHANNEL_A = FakeDiscord.DEFAULT_CHANNEL_ID;
    /** {@code (1 << 22) >> 22 == 1}: shard 1 of 2. */
    static final String GUILD_B = String.valueOf(1L << 22);

    static final String CHANNEL_B = "3000";
    static final ShardPlan FIRST_OF_TWO = new ShardPlan(OptionalInt.of(2), List.of(0));
    static final ShardPlan SECOND_OF_TWO = new ShardPlan(OptionalInt.of(2), List.of(1));

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final QuestionBank bank = TestBanks.beginner(6);
    final List<AutoCloseable> opened = new ArrayList<>();
    FakeDiscord discord;

    /** One mlquiz process: its own connection to the shared database, its quiz and its bot. */
    record Process(DiscordBot bot, Quiz quiz, RoundMessages messages) {}

    /** Two servers on two shards; Discord recommends two shards and lets {@code concurrency} identify at once. */
    static FakeDiscord.Config twoShards(int concurrency) {
        return new FakeDiscord.Config().guild(GUILD_B, CHANNEL_B).shards(2, concurrency);
    }

    Process start(ShardPlan plan) throws DiscordStartException {
        return start(DiscordSettings.of(FakeDiscord.DEFAULT_TOKEN, Optional.empty())
                .withShards(plan)
                .withEndpoints(discord.restBaseUrl(), discord.gatewayUrl()));
    }

    Process start(DiscordSettings settings) throws DiscordStartException {
        Database database = db.openAnother();
        opened.add(database);
        QuizStores stores = JdbcStorage.stores(database);
        RoundMessages messages = JdbcStorage.roundMessages(database);
        DiscordPublisher publisher = new DiscordPublisher();
        RoundMessageUpdater updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                publisher,
                messages,
                RoundCards.reading(bank, stores, clock));
        // Each process its own seed: two processes drawing the same round ids on one clock would collide.
        Quiz quiz = new Quiz(bank, stores, updater, clock, new SplittableRandom(opened.size()));
        DiscordBot bot = DiscordBot.start(settings, quiz, updater, publisher, discord::configure);
        opened.add(bot);
        return new Process(bot, quiz, messages);
    }

    /** The bots first, then their databases, then Discord. */
    @AfterEach
    void stop() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    JsonNode command(
            String channelId, String userId, long permissions, String command, String sub, Map<String, ?> options) {
        InteractionRef ref =
                discord.slashCommandIn(channelId, userId, "user" + userId, permissions, command, sub, options);
        return discord.awaitAnswerJson(ref, WAIT);
    }

    JsonNode click(String channelId, String userId, String customId, String messageId) {
        InteractionRef ref = discord.buttonClickIn(channelId, userId, "user" + userId, customId, messageId);
        return discord.awaitCallback(ref, WAIT).json();
    }

    record PostedRound(String channelId, String messageId, List<String> buttons, String right) {
        String button(String letter) {
            return buttons.get(letter.charAt(0) - 'A');
        }

        String wrong() {
            return right.equals("A") ? "B" : "A";
        }
    }

    PostedRound ask(Process process, String channelId) {
        JsonNode data = command(channelId, "11", 0, "mlquiz", "ask", Map.of()).path("data");
        List<String> buttons = buttonIds(data);
        assertThat(buttons).as("the question posted in %s: %s", channelId, data).hasSize(4);
        RoundId round = AnswerButtonId.decode(buttons.get(0)).orElseThrow().round();
        eventually(() -> process.messages().messageRef(round).isPresent());
        return new PostedRound(
                channelId,
                process.messages().messageRef(round).get(),
                buttons,
                rightLetter(data.path("embeds").get(0).path("description").asText()));
    }

    String answer(PostedRound round, String userId, String letter) {
        return click(round.channelId(), userId, round.button(letter), round.messageId())
                .path("data")
                .path("content")
                .asText();
    }

    /** An admin closes the channel's round; the reveal's embed, as Discord shows it. */
    JsonNode close(String channelId) {
        command(channelId, "31", FakeDiscord.PERMISSION_MANAGE_SERVER, "mlquiz-admin", "close", Map.of());
        return discord.awaitRequest("PATCH", "channels/" + channelId + "/messages/.*", WAIT)
                .json()
                .path("embeds")
                .get(0);
    }

    LeaderboardView leaderboard(Quiz quiz, String guildId, String channelId) {
        Invocation someone = new Invocation(
                new Player(new PlayerId(Platform.DISCORD, "41"), "user41"),
                new ChannelId(new TeamId(Platform.DISCORD, guildId), channelId),
                "general",
                false);
        return (LeaderboardView) quiz.execute(someone, CommandParser.parse("leaderboard all", bank.topics()))
                .view();
    }

    static long commandRegistrations(FakeDiscord discord, String pathRegex) {
        return discord.requests().stream()
                .filter(r -> r.matches("PUT", pathRegex) || r.matches("POST", pathRegex))
                .count();
    }

    // ------------------------------------------------------------------ one process, every shard

    @Test
    void without_settings_the_bot_runs_the_shards_discord_recommends_and_each_serves_its_own_servers()
            throws Exception {
        discord = FakeDiscord.start(twoShards(2));
        Process process = start(ShardPlan.recommended());

        JsonNode onShardZero = command(CHANNEL_A, "21", 0, "mlquiz", "topics", Map.of());
        JsonNode onShardOne = command(CHANNEL_B, "22", 0, "mlquiz", "topics", Map.of());

        assertThat(discord.identifies())
                .extracting(Identify::shard, Identify::total)
                .containsExactlyInAnyOrder(tuple(0, 2), tuple(1, 2));
        assertThat(List.of(discord.shardOf(GUILD_A), discord.shardOf(GUILD_B))).containsExactly(0, 1);
        assertThat(onShardZero.path("type").asInt()).isEqualTo(4);
        assertThat(onShardOne.path("type").asInt()).isEqualTo(4);
        assertThat(process.bot()
                        .shards()
                        .getGuildById(GUILD_B)
                        .getJDA()
                        .getShardInfo()
                        .getShardId())
                .isEqualTo(1);
        assertThat(process.bot().connectedShards()).isEqualTo(2);
        assertThat(process.bot().runningShards()).isEqualTo(2);
        assertThat(process.bot().totalShards()).isEqualTo(2);
    }

    @Test
    void shards_identify_together_as_far_as_discords_concurrency_allows() throws Exception {
        discord = FakeDiscord.start(twoShards(2));

        start(ShardPlan.recommended());

        List<Identify> identifies = discord.identifies();
        assertThat(Duration.ofNanos(Math.abs(
                        identifies.get(1).nanoTime() - identifies.get(0).nanoTime())))
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void with_a_concurrency_of_one_the_second_shard_identifies_five_seconds_after_the_first() throws Exception {
        discord = FakeDiscord.start(twoShards(1));

        start(ShardPlan.recommended());

        List<Identify> identifies = discord.identifies();
        assertThat(identifies).extracting(Identify::shard).containsExactly(0, 1);
        assertThat(Duration.ofNanos(
                        identifies.get(1).nanoTime() - identifies.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(4_900));
    }

    @Test
    void the_gateway_setting_wins_over_the_gateway_discord_names() throws Exception {
        // Nothing listens on port 9 here: a bot that used the advertised gateway would never connect.
        discord = FakeDiscord.start(twoShards(2).advertisedGateway("ws://127.0.0.1:9"));

        Process process = start(ShardPlan.recommended());

        assertThat(process.bot().connectedShards()).isEqualTo(2);
    }

    @Test
    void a_shard_that_reconnects_resumes_and_keeps_the_answers_recorded_before() throws Exception {
        discord = FakeDiscord.start(twoShards(2));
        Process process = start(ShardPlan.recommended());
        PostedRound round = ask(process, CHANNEL_B);
        assertThat(answer(round, "21", round.right())).startsWith("🔒 Locked in: " + round.right());

        discord.disconnectShardOf(GUILD_B, 4000); // "unknown error": Discord lets the client resume
        eventually(() -> discord.resumes() == 1 && process.bot().connectedShards() == 2);

        assertThat(answer(round, "21", round.wrong()))
                .isEqualTo("⚠️ You already answered " + round.right() + ". Your first choice counts.");
        assertThat(answer(round, "22", round.right())).startsWith("🔒 Locked in: " + round.right());
        JsonNode reveal = close(CHANNEL_B);
        assertThat(reveal.toString()).contains("user21", "user22");
        assertThat(discord.identifies()).as("resumed, not identified again").hasSize(2);
    }

    // ------------------------------------------------------------------ two processes, one database

    @Test
    void two_processes_with_disjoint_shards_each_serve_their_servers_on_one_database() throws Exception {
        discord = FakeDiscord.start(twoShards(2));
        Process first = start(FIRST_OF_TWO);
        Process second = start(SECOND_OF_TWO);

        PostedRound inA = ask(first, CHANNEL_A);
        PostedRound inB = ask(second, CHANNEL_B);
        assertThat(answer(inA, "21", inA.right())).startsWith("🔒 Locked in: ");
        assertThat(answer(inB, "22", inB.right())).startsWith("🔒 Locked in: ");
        close(CHANNEL_A);
        discord.clearRequests();
        close(CHANNEL_B);

        assertThat(first.bot().shards().getGuildById(GUILD_B)).isNull();
        assertThat(second.bot().shards().getGuildById(GUILD_A)).isNull();
        assertThat(command(CHANNEL_A, "21", 0, "mlquiz", "leaderboard", Map.of("window", "all"))
                        .toString())
                .contains("user21");
        assertThat(command(CHANNEL_B, "22", 0, "mlquiz", "leaderboard", Map.of("window", "all"))
                        .toString())
                .contains("user22");
        assertThat(leaderboard(first.quiz(), GUILD_B, CHANNEL_B).top())
                .as("the first process reads what the second stored")
                .extracting(LeaderboardView.Line::name)
                .containsExactly("user22");
        assertThat(leaderboard(second.quiz(), GUILD_A, CHANNEL_A).top())
                .extracting(LeaderboardView.Line::name)
                .containsExactly("user21");
    }

    @Test
    void a_round_is_closed_by_the_timer_of_the_process_serving_its_server() throws Exception {
        discord = FakeDiscord.start(twoShards(2));
        Process first = start(FIRST_OF_TWO);
        Process second = start(SECOND_OF_TWO);
        PostedRound inB = ask(second, CHANNEL_B);
        answer(inB, "22", inB.right());
        clock.advance(Duration.ofSeconds(61));

        assertThat(first.quiz().closeDueRounds(first.bot()::serves))
                .as("the first process cannot edit messages in server B")
                .isEmpty();
        assertThat(second.quiz().closeDueRounds(second.bot()::serves)).hasSize(1);
        JsonNode reveal = discord.awaitRequest("PATCH", "channels/" + CHANNEL_B + "/messages/" + inB.messageId(), WAIT)
                .json();
        assertThat(reveal.toString()).contains("user22");
        assertThat(first.bot().serves(new TeamId(Platform.DISCORD, GUILD_A))).isTrue();
        assertThat(first.bot().serves(new TeamId(Platform.SLACK, GUILD_A))).isFalse();
    }

    @Test
    void only_the_process_running_shard_zero_registers_the_global_commands_once() throws Exception {
        discord = FakeDiscord.start(twoShards(2));

        start(SECOND_OF_TWO);
        assertThat(commandRegistrations(discord, "applications/[^/]+/commands")).isZero();
        start(FIRST_OF_TWO);

        assertThat(commandRegistrations(discord, "applications/[^/]+/commands")).isOne();
        assertThat(discord.registeredCommands(null))
                .extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("mlquiz", "mlquiz-admin");
    }

    @Test
    void commands_for_one_server_are_registered_by_the_process_running_its_shard() throws Exception {
        discord = FakeDiscord.start(twoShards(2));
        DiscordSettings inServerB = DiscordSettings.of(FakeDiscord.DEFAULT_TOKEN, Optional.of(GUILD_B))
                .withEndpoints(discord.restBaseUrl(), discord.gatewayUrl());

        start(inServerB.withShards(FIRST_OF_TWO));
        start(inServerB.withShards(SECOND_OF_TWO));

        assertThat(commandRegistrations(discord, "applications/[^/]+/guilds/" + GUILD_B + "/commands"))
                .isOne();
        assertThat(commandRegistrations(discord, "applications/[^/]+/(guilds/" + GUILD_A + "/)?commands"))
                .isZero();
    }
}
