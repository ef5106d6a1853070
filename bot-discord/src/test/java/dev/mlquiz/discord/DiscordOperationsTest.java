package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.Map;
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
        bot = RunningBot.start(
                        discord,
                        db,
                        MutableClock.at("2026-03-04T10:00:00Z"),
                        (platform, took) -> acknowledged.add(new Acknowledged(platform, took)))
                .bot();
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
