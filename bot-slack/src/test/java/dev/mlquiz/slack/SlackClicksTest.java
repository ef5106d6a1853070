package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.delivery.DeliveryLog;
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
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Answer clicks through the real HTTP front and Bolt app: recorded before they are acknowledged, only in
 * their own channel, whatever shape the payload takes, and never failing silently.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackClicksTest {
    static final String SECRET = "test-signing-secret";
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final SignedRequests signed = new SignedRequests(SECRET);
    final AtomicInteger responseNames = new AtomicInteger();
    final BreakableAnswers answers = new BreakableAnswers();
    final BreakableDeliveryLog deliveryLog = new BreakableDeliveryLog();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    FakeSlack slack;
    Quiz quiz;
    RoundMessages messages;
    SlackBot bot;
    RoundId round;
    SlackPublisher editor;
    RoundMessageUpdater updater;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        messages = JdbcStorage.roundMessages(db.database());
        editor = new SlackPublisher();
        QuizStores real = db.stores();
        answers.real = real.answers();
        deliveryLog.real = JdbcStorage.deliveryLog(db.database());
        QuizStores stores = new QuizStores(
                real.rounds(),
                answers,
                real.standings(),
                real.decks(),
                real.settings(),
                real.directory(),
                real.schedules(),
                real.memories(),
                real.reports());
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                editor,
                messages,
                RoundCards.reading(bank, stores, clock));
        quiz = new Quiz(bank, stores, updater, clock, new SplittableRandom(1));
        bot = SlackBot.start(
                new SlackSettings(
                        "xoxb-test",
                        Optional.empty(),
                        Optional.of(SECRET),
                        Optional.of(0),
                        Optional.of(slack.apiUrl()),
                        Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                deliveryLog);
        round = openRound();
        logs.start();
        for (Class<?> source : List.of(SlackActions.class, Workers.class)) {
            ((Logger) LoggerFactory.getLogger(source)).addAppender(logs);
        }
    }

    @AfterEach
    void stop() {
        for (Class<?> source : List.of(SlackActions.class, Workers.class)) {
            ((Logger) LoggerFactory.getLogger(source)).detachAppender(logs);
        }
        bot.close();
        slack.close();
    }

    /** A round in {@value SlackPayloads#CHANNEL_ID}, posted as message 1700000000.000100. */
    RoundId openRound() {
        Invocation admin = new Invocation(
                new Player(new PlayerId(Platform.SLACK, "UADMIN"), "admin"),
                SlackIdentities.channel(SlackPayloads.TEAM_ID, SlackPayloads.CHANNEL_ID),
                SlackPayloads.CHANNEL_NAME,
                true);
        QuestionCard card = (QuestionCard)
                quiz.execute(admin, CommandParser.parse("ask", quiz.bank().topics()))
                        .view();
        messages.attach(card.round(), "1700000000.000100");
        return card.round();
    }

    HttpResponse<String> send(SignedRequests.SignedRequest request) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpServer.PATH);
        return http.send(request.toHttpRequest(uri), HttpResponse.BodyHandlers.ofString());
    }

    String responseName() {
        return "r" + responseNames.incrementAndGet();
    }

    SlackPayloads.BlockAction click(String user, String responseName) {
        return SlackPayloads.blockAction(new AnswerButtonId(round, Letter.A).encode(), "A")
                .user(user, "name-" + user)
                .actionTs("1700000001." + responseNames.incrementAndGet())
                .responseUrl(slack.responseUrl(responseName));
    }

    /** The click's JSON changed by {@code edit}, signed as Slack would send it. */
    SignedRequests.SignedRequest reshaped(SlackPayloads.BlockAction click, Consumer<ObjectNode> edit) {
        ObjectNode json = click.toJsonNode();
        edit.accept(json);
        return signed.sign(
                "payload=" + URLEncoder.encode(json.toString(), StandardCharsets.UTF_8), SignedRequests.FORM);
    }

    String reply(String responseName) {
        return slack.awaitResponse(responseName, WAIT).text();
    }

    Optional<Answer> recorded(String user) {
        return answers.real.find(round, new PlayerId(Platform.SLACK, user));
    }

    @Test
    void every_click_of_a_concurrent_burst_is_in_the_database_when_its_200_arrives() throws Exception {
        ConcurrentLinkedQueue<String> acknowledgedButMissing = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 8; i++) {
                    String user = "U" + client + "X" + i;
                    try {
                        if (send(signed.blockActions(click(user, "burst"))).statusCode() == 200
                                && recorded(user).isEmpty()) {
                            acknowledgedButMissing.add(user);
                        }
                    } catch (Exception e) {
                        acknowledgedButMissing.add(user + " (" + e + ")");
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        for (Thread thread : clients) {
            thread.join();
        }

        assertThat(acknowledgedButMissing).isEmpty();
        assertThat(answers.real.countForRound(round)).isEqualTo(128);
    }

    @Test
    void a_click_from_another_channel_carrying_this_rounds_button_is_refused_and_not_recorded() throws Exception {
        String name = responseName();

        assertThat(send(signed.blockActions(click("U1", name).channel("C2", "random")))
                        .statusCode())
                .isEqualTo(200);

        assertThat(reply(name))
                .isEqualTo(":warning: This button belongs to a question in another channel; answer it there.");
        assertThat(recorded("U1")).isEmpty();
    }

    @Test
    void without_team_and_channel_objects_the_click_uses_the_users_team_and_the_container_channel() throws Exception {
        String name = responseName();

        send(reshaped(click("U1", name), json -> {
            json.remove("team");
            json.remove("channel");
        }));

        assertThat(reply(name)).startsWith(":lock: Locked in: A.");
        assertThat(recorded("U1")).isPresent();
    }

    @Test
    void a_click_from_no_known_channel_is_refused_politely_and_not_recorded() throws Exception {
        String name = responseName();

        assertThat(send(reshaped(click("U1", name), json -> {
                            json.remove("channel");
                            json.remove("container");
                        }))
                        .statusCode())
                .isEqualTo(200);

        assertThat(reply(name))
                .isEqualTo(":warning: "
                        + SlackRenderer.TEXT.resolve(SlackNotices.noChannel().message()));
        assertThat(recorded("U1")).isEmpty();
    }

    @Test
    void a_user_without_a_username_is_shown_by_the_name_slack_gives() throws Exception {
        String name = responseName();
        send(reshaped(click("U1", name), json -> {
            ObjectNode user = (ObjectNode) json.get("user");
            user.remove("username");
            user.put("name", "bob");
        }));
        reply(name);

        assertThat(db.stores().directory().names(List.of(new PlayerId(Platform.SLACK, "U1"))))
                .containsValue("bob");
    }

    @Test
    void odd_user_ids_get_a_clear_message_and_nothing_is_recorded() throws Exception {
        for (String odd : List.of("u1", "U".repeat(500), "Ü1", "")) {
            String name = responseName();

            HttpResponse<String> answer = send(signed.blockActions(click(odd, name)));

            assertThat(answer.statusCode()).as(odd).isEqualTo(200);
            assertThat(reply(name))
                    .as(odd)
                    .isEqualTo(":warning: "
                            + SlackRenderer.TEXT.resolve(
                                    SlackNotices.unreadableIds().message()));
        }
        assertThat(answers.real.countForRound(round)).isZero();
    }

    @Test
    void a_slash_command_from_an_odd_user_id_is_answered_in_its_acknowledgment() throws Exception {
        HttpResponse<String> answer =
                send(signed.slashCommand(SlackPayloads.slashCommand("ask").user("u-1", "eve")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains(
                        SlackRenderer.TEXT.resolve(SlackNotices.unreadableIds().message()))
                .contains("ephemeral");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void signed_payloads_that_are_not_json_or_have_no_user_get_400_and_one_with_no_action_404() throws Exception {
        SignedRequests.SignedRequest notJson = signed.sign("payload=%7Bnot%20json", SignedRequests.FORM);
        SignedRequests.SignedRequest noUser = reshaped(click("U1", "x"), json -> json.remove("user"));
        SignedRequests.SignedRequest noAction = reshaped(click("U1", "x"), json -> json.putArray("actions"));

        assertThat(send(notJson).statusCode()).isEqualTo(400);
        assertThat(send(noUser).statusCode()).isEqualTo(400);
        assertThat(send(noAction).statusCode()).as("no listener takes it").isEqualTo(404);
        assertThat(answers.real.countForRound(round)).isZero();
    }

    @Test
    void a_click_that_cannot_be_saved_is_not_acknowledged_and_the_player_is_told() throws Exception {
        answers.broken = true;
        String name = responseName();

        assertThat(send(signed.blockActions(click("U1", name))).statusCode()).isEqualTo(500);

        assertThat(reply(name))
                .isEqualTo(":warning: "
                        + SlackRenderer.TEXT.resolve(Notice.answerNotSaved().message()));
        assertThat(logs.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage())
                    .isEqualTo("recording a click by U1 failed: IllegalStateException: disk full");
            assertThat(line.getThrowableProxy()).as("one line, no stack trace").isNull();
        });
    }

    @Test
    void a_retry_arriving_while_its_click_is_still_saving_is_acknowledged_only_once_the_answer_is_stored()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        answers.holdNextRecord(release);
        String name = responseName();
        SignedRequests.SignedRequest click = signed.blockActions(click("U5", name));
        URI uri = URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpServer.PATH);
        CompletableFuture<HttpResponse<String>> original =
                http.sendAsync(click.toHttpRequest(uri), HttpResponse.BodyHandlers.ofString());
        answers.awaitHeld();
        try {
            assertThat(send(click.withRetry(1, "http_timeout")).statusCode()).isEqualTo(200);
            assertThat(recorded("U5"))
                    .as("stored when the retry is acknowledged")
                    .isPresent();
        } finally {
            release.countDown();
        }

        assertThat(original.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        bot.close(); // lets the queued confirmations go out
        assertThat(slack.responses(name))
                .as("one confirmation for the two deliveries")
                .singleElement()
                .satisfies(reply -> assertThat(reply.text()).startsWith(":lock: Locked in: A"));
    }

    @Test
    void a_click_while_the_database_is_down_is_not_acknowledged_and_the_player_is_asked_to_click_again()
            throws Exception {
        answers.broken = true;
        deliveryLog.broken = true;
        String name = responseName();

        assertThat(send(signed.blockActions(click("U1", name))).statusCode()).isEqualTo(500);

        assertThat(reply(name))
                .isEqualTo(":warning: "
                        + SlackRenderer.TEXT.resolve(Notice.answerNotSaved().message()));
    }

    @Test
    void a_click_stored_while_the_delivery_log_cannot_be_read_is_acknowledged_and_confirmed() throws Exception {
        deliveryLog.broken = true;
        String name = responseName();

        assertThat(send(signed.blockActions(click("U1", name))).statusCode()).isEqualTo(200);

        assertThat(recorded("U1")).isPresent();
        assertThat(reply(name)).startsWith(":lock: Locked in: A");
    }

    @Test
    void a_command_while_the_database_is_down_is_told_so_in_its_acknowledgment() throws Exception {
        deliveryLog.broken = true;

        HttpResponse<String> answer = send(signed.slashCommand(SlackPayloads.slashCommand("ask")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains(SlackRenderer.TEXT.resolve(
                        SlackNotices.databaseUnreachable().message()))
                .contains("ephemeral");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void a_confirmation_that_cannot_be_delivered_is_logged_in_one_line() throws Exception {
        send(signed.blockActions(click("U1", "x").responseUrl(SlackPayloads.UNSET_RESPONSE_URL)));

        SlackEndToEndTest.eventually(() -> !logs.list.isEmpty());
        assertThat(logs.list.get(0).getFormattedMessage()).startsWith("confirming a click failed: ");
        assertThat(logs.list.get(0).getThrowableProxy()).isNull();
        assertThat(recorded("U1")).isPresent();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS) // far above the grace, far below Slack's client timeouts
    void closing_the_bot_returns_within_its_grace_even_if_slack_never_answers_a_confirmation() throws Exception {
        slack.holdResponseUrls();
        String name = responseName();
        assertThat(send(signed.blockActions(click("U1", name))).statusCode()).isEqualTo(200);
        slack.awaitResponse(name, WAIT); // the confirmation is out, waiting for Slack's answer

        bot.close(Duration.ofMillis(200));

        assertThat(recorded("U1")).isPresent();
    }

    @Test
    void in_socket_mode_a_click_is_recorded_before_it_is_acknowledged() throws Exception {
        bot.close();
        bot = SlackBot.start(
                new SlackSettings(
                        "xoxb-test",
                        Optional.of("xapp-test"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(slack.apiUrl()),
                        Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db.database()));
        slack.awaitSocketConnection(WAIT);

        String envelope = slack.sendInteractiveEnvelope(click("U1", responseName()));
        slack.awaitAck(envelope, WAIT);

        assertThat(recorded("U1")).isPresent();
    }

    /** The real delivery log, which can be made to fail as a database that is down would. */
    static final class BreakableDeliveryLog implements DeliveryLog {
        volatile DeliveryLog real;
        volatile boolean broken;

        @Override
        public boolean first(String id, Instant at) {
            if (broken) {
                throw new IllegalStateException("database is down");
            }
            return real.first(id, at);
        }

        @Override
        public void forget(String id) {
            if (broken) {
                throw new IllegalStateException("database is down");
            }
            real.forget(id);
        }
    }

    /** The real answer store, which can be made to fail as a full disk would, or to hold a record back. */
    static final class BreakableAnswers implements AnswerStore {
        volatile AnswerStore real;
        volatile boolean broken;
        private final AtomicReference<CountDownLatch> holdNext = new AtomicReference<>();
        private final CountDownLatch held = new CountDownLatch(1);

        /** The next record waits, before it reaches the database, until {@code release} opens. */
        void holdNextRecord(CountDownLatch release) {
            holdNext.set(release);
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(10, TimeUnit.SECONDS)).as("a record is held").isTrue();
        }

        @Override
        public boolean record(Answer answer) {
            if (broken) {
                throw new IllegalStateException("disk full");
            }
            CountDownLatch release = holdNext.getAndSet(null);
            if (release != null) {
                held.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.record(answer);
        }

        @Override
        public Optional<Answer> find(RoundId round, PlayerId player) {
            return real.find(round, player);
        }

        @Override
        public List<Answer> forRound(RoundId round) {
            return real.forRound(round);
        }

        @Override
        public int countForRound(RoundId round) {
            return real.countForRound(round);
        }

        @Override
        public List<Answer> history(PlayerId player) {
            return real.history(player);
        }

        @Override
        public List<Answer> history(PlayerId player, TeamId team) {
            return real.history(player, team);
        }

        @Override
        public List<Optional<Boolean>> latestDailyResults(PlayerId player, TeamId team, int limit) {
            return real.latestDailyResults(player, team, limit);
        }
    }
}
