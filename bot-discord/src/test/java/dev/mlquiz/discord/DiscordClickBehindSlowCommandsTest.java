package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * REVIEW (rev-c2): answer clicks share the InteractionGate's four workers with slash commands, which wait in
 * line for Discord (RestCalls.complete on the reply). With four commands waiting on a slow Discord (or on a
 * slow database), a click waits in the queue past Discord's 3 s window: it is never acknowledged ("This
 * interaction failed") although, once a worker frees, its answer is still recorded. The report form was
 * moved off the pool for exactly this reason; answer clicks were not.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordClickBehindSlowCommandsTest {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    FakeDiscord discord;
    DiscordBot bot;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        bot = RunningBot.start(discord, db, clock, Acknowledgments.NONE).bot();
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
    }

    static boolean isAnswerReply(com.fasterxml.jackson.databind.JsonNode json) {
        return json.path("data").path("content").asText().startsWith("🔒");
    }

    @Test
    void a_click_is_answered_within_three_seconds_while_commands_wait_on_discord() {
        InteractionRef asked = discord.slashCommand("11", "user11", 0, "mlquiz", "ask", Map.of());
        JsonNode question =
                discord.awaitAnswerJson(asked, DiscordEndToEndTest.WAIT).path("data");
        String button = DiscordEndToEndTest.buttonIds(question).get(0);
        String messageId = discord.originalMessageId(asked).orElse("1");

        CountDownLatch discordAnswers = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        // Discord is slow to take command replies (not the click's): each command's worker waits on it.
        discord.stub(
                r -> {
                    try {
                        return r.matches("POST", "interactions/.*/callback")
                                && r.json().path("type").asInt() == 4
                                && !isAnswerReply(r.json());
                    } catch (RuntimeException notJson) {
                        return false;
                    }
                },
                r -> {
                    waiting.incrementAndGet();
                    try {
                        discordAnswers.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return FakeDiscord.StubResponse.json(204, "");
                });
        try {
            for (int i = 0; i < 4; i++) {
                discord.slashCommand("4" + i, "user4" + i, 0, "mlquiz", "topics", Map.of());
            }
            DiscordEndToEndTest.eventually(() -> waiting.get() >= 4);

            InteractionRef click = discord.buttonClick("21", "user21", button, messageId);
            JsonNode answered =
                    discord.awaitCallback(click, Duration.ofSeconds(3)).json();

            assertThat(answered.path("data").path("content").asText()).startsWith("🔒 Locked in");
        } finally {
            discordAnswers.countDown();
            discord.clearStubs();
        }
    }
}
