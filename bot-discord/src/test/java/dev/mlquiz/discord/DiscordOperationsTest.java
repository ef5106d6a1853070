package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an operator watches of the Discord adapter: whether its shards are connected, how fast it answers. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordOperationsTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    record Acknowledged(Platform platform, Duration took) {}

    final BlockingQueue<Acknowledged> acknowledged = new LinkedBlockingQueue<>();
    FakeDiscord discord;
    DiscordBot bot;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
        QuestionBank bank = TestBanks.beginner(6);
        DiscordPublisher publisher = new DiscordPublisher();
        RoundMessageUpdater updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                publisher,
                JdbcStorage.roundMessages(db.database()),
                RoundCards.reading(bank, db.stores(), clock));
        Quiz quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        bot = DiscordBot.start(
                DiscordSettings.of(FakeDiscord.DEFAULT_TOKEN, Optional.of(discord.guildId()))
                        .withEndpoints(discord.restBaseUrl(), discord.gatewayUrl()),
                quiz,
                updater,
                publisher,
                discord::configure,
                (platform, took) -> acknowledged.add(new Acknowledged(platform, took)));
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void every_shard_is_connected_once_started_and_none_after_it_closed() {
        assertThat(bot.connectedShards()).isEqualTo(bot.runningShards()).isPositive();

        bot.close();

        assertThat(bot.connectedShards()).isZero();
    }

    @Test
    void an_answered_command_reports_how_long_its_acknowledgment_took_for_discord() throws Exception {
        InteractionRef ask = discord.slashCommand("11", "user11", 0, "mlquiz", "ask", Map.of());
        discord.awaitCallback(ask, WAIT);

        Acknowledged first = acknowledged.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(first).isNotNull();
        assertThat(first.platform()).isEqualTo(Platform.DISCORD);
        assertThat(first.took()).isPositive().isLessThan(WAIT);
        assertThat(acknowledged).isEmpty();
    }
}
