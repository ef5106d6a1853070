package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an operator watches of the Slack adapter: whether Slack can reach it, how fast it acknowledges. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackOperationsTest {
    static final String SECRET = "test-signing-secret";
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    record Acknowledged(Platform platform, Duration took) {}

    final BlockingQueue<Acknowledged> acknowledged = new LinkedBlockingQueue<>();
    final Acknowledgments recording = (platform, took) -> acknowledged.add(new Acknowledged(platform, took));
    FakeSlack slack;
    Quiz quiz;
    RoundMessageUpdater updater;
    SlackBot bot;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
        MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                new SlackPublisher(),
                JdbcStorage.roundMessages(db.database()),
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
    }

    SlackBot start(Optional<String> appToken) throws Exception {
        bot = SlackBot.start(
                new SlackSettings(
                        "xoxb-test",
                        appToken,
                        Optional.of(SECRET),
                        Optional.of(0),
                        Optional.of(slack.apiUrl()),
                        Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                new SlackPublisher(),
                JdbcStorage.deliveryLog(db.database()),
                recording);
        return bot;
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    void http_mode_is_connected_while_it_listens() throws Exception {
        start(Optional.empty());

        assertThat(bot.connected()).isTrue();
        bot.close();
        assertThat(bot.connected()).isFalse();
    }

    @Test
    void socket_mode_is_connected_once_started_and_not_after_it_closed() throws Exception {
        start(Optional.of("xapp-test"));
        slack.awaitSocketConnection(WAIT);

        assertThat(bot.connected()).isTrue();
        bot.close();
        assertThat(bot.connected()).isFalse();
    }

    @Test
    void an_acknowledged_command_reports_how_long_the_acknowledgment_took_for_slack() throws Exception {
        start(Optional.empty());
        URI events = URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpServer.PATH);
        SignedRequests.SignedRequest help = new SignedRequests(SECRET)
                .slashCommand(SlackPayloads.slashCommand("help").responseUrl(slack.responseUrl("help")));

        int status = HttpClient.newHttpClient()
                .send(help.toHttpRequest(events), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        Acknowledged first = acknowledged.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(status).isEqualTo(200);
        assertThat(first).isNotNull();
        assertThat(first.platform()).isEqualTo(Platform.SLACK);
        assertThat(first.took()).isPositive().isLessThan(WAIT);
    }
}
