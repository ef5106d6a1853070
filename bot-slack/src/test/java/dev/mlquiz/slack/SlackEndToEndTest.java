package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
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
import dev.mlquiz.core.testing.Images;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.awt.Dimension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The real Bolt app over HTTP on 127.0.0.1 with signed requests, against a fake Slack Web API. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackEndToEndTest {
    static final String SECRET = "test-signing-secret";
    static final String BOT_TOKEN = "xoxb-test";
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final ManualDelayer delayer = new ManualDelayer();
    final HttpClient http = HttpClient.newHttpClient();
    final SignedRequests signed = new SignedRequests(SECRET);
    final AtomicInteger responses = new AtomicInteger();
    FakeSlack slack;
    SlackBot bot;
    Quiz quiz;
    RoundMessages messages;
    RoundMessageUpdater updater;
    SlackPublisher editor;
    final Pictures pictures = new Pictures(Catalog.english());

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        messages = JdbcStorage.roundMessages(db.database());
        editor = new SlackPublisher(Optional.of(pictures));
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(delayer, Duration.ofSeconds(3)),
                editor,
                messages,
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        bot = SlackBot.start(
                settings(Optional.empty(), Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db.database()));
    }

    SlackSettings settings(Optional<String> appToken, Set<String> admins) {
        return new SlackSettings(
                BOT_TOKEN, appToken, Optional.of(SECRET), Optional.of(0), Optional.of(slack.apiUrl()), admins);
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    int send(SignedRequests.SignedRequest request) throws Exception {
        return send(bot, request);
    }

    int send(SlackBot to, SignedRequests.SignedRequest request) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + to.httpPort() + SlackHttpServer.PATH);
        return http.send(request.toHttpRequest(uri), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** A fresh response_url name per request, so each reply can be awaited on its own. */
    String responseUrl() {
        return "r" + responses.incrementAndGet();
    }

    JsonNode command(String user, String text) throws Exception {
        String name = responseUrl();
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand(text)
                        .user(user, "name-" + user)
                        .responseUrl(slack.responseUrl(name)))))
                .isEqualTo(200);
        return slack.awaitResponse(name, WAIT).json();
    }

    record Posted(String ts, RoundId round, List<String> actionIds, String right) {
        String action(String letter) {
            return actionIds.get(letter.charAt(0) - 'A');
        }

        String wrong() {
            return right.equals("A") ? "B" : "A";
        }
    }

    Posted ask() throws Exception {
        return ask(SlackPayloads.slashCommand("ask").responseUrl(slack.responseUrl("ask")));
    }

    Posted ask(SlackPayloads.SlashCommand command) throws Exception {
        assertThat(send(signed.slashCommand(command))).isEqualTo(200);
        FakeSlack.ApiCall post = slack.awaitCall("chat.postMessage", call -> true, WAIT);
        JsonNode blocks = post.jsonParam("blocks");
        List<String> actionIds = new ArrayList<>();
        blocks.get(1)
                .path("elements")
                .forEach(button -> actionIds.add(button.path("action_id").asText()));
        RoundId round = AnswerButtonId.decode(actionIds.get(0)).orElseThrow().round();
        eventually(() -> messages.messageRef(round).isPresent());
        String ts = messages.messageRef(round).get();
        String right = rightLetter(blocks);
        return new Posted(ts, round, actionIds, right);
    }

    /** The letter whose option text is the test bank's "Right N". */
    static String rightLetter(JsonNode blocks) {
        return blocks.get(0)
                .path("text")
                .path("text")
                .asText()
                .lines()
                .filter(line -> line.matches("\\*[A-D]\\.\\* Right \\d+"))
                .map(line -> line.substring(1, 2))
                .findFirst()
                .orElseThrow();
    }

    static void eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("condition not met within %s", WAIT)
                    .isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    SignedRequests.SignedRequest click(Posted round, String user, String letter, String actionTs, String responseName) {
        return signed.blockActions(SlackPayloads.blockAction(round.action(letter), letter)
                .user(user, "name-" + user)
                .message(round.ts(), "question")
                .actionTs(actionTs)
                .responseUrl(slack.responseUrl(responseName)));
    }

    @Test
    void a_slash_command_posts_the_round_to_the_channel_with_four_buttons() throws Exception {
        Posted round = ask();

        FakeSlack.ApiCall post = slack.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo(SlackPayloads.CHANNEL_ID);
        assertThat(post.token()).isEqualTo(BOT_TOKEN);
        assertThat(post.param("text")).startsWith("Question: Question number ");
        assertThat(round.actionIds()).hasSize(4);
        assertThat(messages.messageRef(round.round())).contains(round.ts());
    }

    @Test
    void a_second_ask_shows_the_open_round_privately_with_a_link_to_its_message() throws Exception {
        Posted round = ask();

        JsonNode again = command("U2", "ask");

        assertThat(again.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(again.path("blocks").get(0).path("text").path("text").asText())
                .isEqualTo("A round is already open in this channel; here it is again. <https://"
                        + SlackPayloads.TEAM_DOMAIN + ".slack.com/archives/" + SlackPayloads.CHANNEL_ID + "/p"
                        + round.ts().replace(".", "") + "|Go to the question>");
        assertThat(again.path("blocks")
                        .get(2)
                        .path("elements")
                        .get(0)
                        .path("action_id")
                        .asText())
                .isEqualTo(round.action("A"));
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void two_users_click_and_a_double_click_and_a_retried_delivery_count_once() throws Exception {
        Posted round = ask();

        assertThat(send(click(round, "U1", round.right(), "1.1", "u1-first"))).isEqualTo(200);
        assertThat(send(click(round, "U2", round.wrong(), "2.1", "u2-first"))).isEqualTo(200);
        assertThat(send(click(round, "U1", round.wrong(), "1.2", "u1-double"))).isEqualTo(200);
        assertThat(send(click(round, "U2", round.wrong(), "2.1", "u2-retry").withRetry(1, "http_timeout")))
                .isEqualTo(200);

        JsonNode first = slack.awaitResponse("u1-first", WAIT).json();
        assertThat(first.path("text").asText()).startsWith(":lock: Locked in: " + round.right() + ". Right ");
        assertThat(first.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(first.path("replace_original").asBoolean()).isFalse();
        assertThat(slack.awaitResponse("u2-first", WAIT).json().path("text").asText())
                .startsWith(":lock: Locked in: " + round.wrong() + ". Wrong ");
        assertThat(slack.awaitResponse("u1-double", WAIT).json().path("text").asText())
                .isEqualTo(":warning: You already answered " + round.right() + ". Your first choice counts.");
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();
        FakeSlack.ApiCall reveal = slack.awaitCall("chat.update", call -> true, WAIT);
        assertThat(reveal.param("text")).startsWith("Answer: " + round.right());
        assertThat(reveal.jsonParam("blocks").toString()).contains("2 answers, 50% right.");
        assertThat(slack.responses("u2-retry"))
                .as("a retried delivery is not answered twice")
                .isEmpty();
    }

    /** A second instance behind the same load balancer: its own database connection, quiz and caches. */
    SlackBot anotherInstance(Database itsDatabase) throws Exception {
        SlackPublisher itsEditor = new SlackPublisher();
        QuestionBank bank = TestBanks.beginner(6);
        RoundMessageUpdater itsUpdater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                itsEditor,
                JdbcStorage.roundMessages(itsDatabase),
                RoundCards.reading(bank, JdbcStorage.stores(itsDatabase), clock));
        Quiz itsQuiz = new Quiz(bank, JdbcStorage.stores(itsDatabase), itsUpdater, clock, new SplittableRandom(2));
        return SlackBot.start(
                settings(Optional.empty(), Set.of()),
                "127.0.0.1",
                itsQuiz,
                itsUpdater,
                itsEditor,
                JdbcStorage.deliveryLog(itsDatabase));
    }

    @Test
    void a_retried_delivery_that_lands_on_another_instance_is_ignored_there() throws Exception {
        try (Database itsDatabase = Database.sqlite(db.file())) {
            SlackBot other = anotherInstance(itsDatabase);
            Posted round;
            try {
                SlackPayloads.SlashCommand ask =
                        SlackPayloads.slashCommand("ask").responseUrl(slack.responseUrl("ask-first"));
                round = ask(ask);
                ask.responseUrl(slack.responseUrl("ask-retry"));
                assertThat(send(other, signed.slashCommand(ask).withRetry(1, "http_timeout")))
                        .isEqualTo(200);
                assertThat(send(click(round, "U1", round.right(), "1.1", "u1-first")))
                        .isEqualTo(200);
                assertThat(send(
                                other,
                                click(round, "U1", round.wrong(), "1.1", "u1-retry")
                                        .withRetry(1, "http_timeout")))
                        .isEqualTo(200);
                slack.awaitResponse("u1-first", WAIT);
            } finally {
                // Closing lets the instance's queued work and confirmations go out first.
                other.close();
            }

            assertThat(slack.responses("u1-retry")).as("the retried click").isEmpty();
            assertThat(slack.responses("ask-retry")).as("the retried command").isEmpty();
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
        }
    }

    @Test
    void the_reveal_updates_the_round_message_and_removes_the_buttons() throws Exception {
        Posted round = ask();
        send(click(round, "U1", round.right(), "1.1", "u1"));
        slack.awaitResponse("u1", WAIT);
        clock.advance(Duration.ofSeconds(61));

        quiz.closeDueRounds();

        FakeSlack.ApiCall update = slack.awaitCall("chat.update", call -> true, WAIT);
        assertThat(update.param("channel")).isEqualTo(SlackPayloads.CHANNEL_ID);
        assertThat(update.param("ts")).isEqualTo(round.ts());
        JsonNode blocks = update.jsonParam("blocks");
        assertThat(blocks.toString())
                .as("no answer buttons; the report button stays")
                .doesNotContain("mlquiz.answer.")
                .contains(":white_check_mark: *" + round.right(), "mlquiz.report.v1.");
        assertThat(blocks.get(1).path("text").path("text").asText()).startsWith("*Why:* Because ");
        assertThat(blocks.toString()).contains("name-U1 got it right (+1 point).");
    }

    @Test
    void a_burst_of_clicks_makes_one_live_count_update() throws Exception {
        Posted round = ask();
        for (String user : List.of("U1", "U2", "U3")) {
            send(click(round, user, round.right(), user + ".1", "live-" + user));
            slack.awaitResponse("live-" + user, WAIT);
        }

        delayer.runAll();

        FakeSlack.ApiCall update = slack.awaitCall("chat.update", call -> true, WAIT);
        assertThat(update.jsonParam("blocks").toString()).contains("3 answers so far");
        assertThat(slack.calls("chat.update")).hasSize(1);
    }

    @Test
    void a_wrong_signature_or_a_stale_timestamp_gets_401_and_changes_nothing() throws Exception {
        SignedRequests.SignedRequest forged =
                signed.slashCommand(SlackPayloads.slashCommand("ask")).withWrongSignature();
        SignedRequests.SignedRequest stale =
                signed.olderBy(Duration.ofMinutes(6)).slashCommand(SlackPayloads.slashCommand("ask"));

        assertThat(send(forged)).isEqualTo(401);
        assertThat(send(stale)).isEqualTo(401);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(quiz.openRound(SlackIdentities.channel(SlackPayloads.TEAM_ID, SlackPayloads.CHANNEL_ID)))
                .isEmpty();
    }

    @Test
    void a_user_who_is_not_a_workspace_admin_cannot_close_a_round() throws Exception {
        ask();
        slack.putUser("UADMIN", true, false);

        JsonNode refused = command("U2", "close");
        JsonNode closed = command("UADMIN", "close");

        assertThat(refused.path("text").asText())
                .isEqualTo(":warning: Only admins can close a round early. It closes by itself when its time is up.");
        assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(closed.path("text").asText()).isEqualTo("You closed the round early.");
        slack.awaitCall("chat.update", call -> true, WAIT);
    }

    @Test
    void an_admin_whose_role_slack_could_not_tell_is_told_so_and_may_close_on_the_next_try() throws Exception {
        ask();
        slack.putUser("UADMIN", true, false);
        slack.stubOnce("users.info", FakeSlack.Reply.rateLimited(1));

        JsonNode unchecked = command("UADMIN", "close");
        JsonNode closed = command("UADMIN", "close");

        assertThat(unchecked.path("text").asText())
                .isEqualTo(":warning: "
                        + SlackRenderer.TEXT.resolve(
                                SlackNotices.roleUnchecked().message()));
        assertThat(closed.path("text").asText()).isEqualTo("You closed the round early.");
    }

    @Test
    void users_listed_in_the_admin_setting_may_close_rounds() throws Exception {
        bot.close();
        bot = SlackBot.start(
                settings(Optional.empty(), Set.of("U7")),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db.database()));
        ask();

        assertThat(command("U7", "close").path("text").asText()).isEqualTo("You closed the round early.");
    }

    @Test
    void unknown_subcommands_and_bad_arguments_get_a_private_usage_message() throws Exception {
        JsonNode unknown = command("U1", "dance");
        JsonNode bad = command("U1", "config round-seconds 2");

        assertThat(unknown.path("text").asText())
                .isEqualTo(":warning: Unknown command 'dance'. Try /mlquiz help for the list of commands.");
        assertThat(unknown.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(bad.path("text").asText()).startsWith(":warning: Round length must be a whole number");
    }

    @Test
    void stats_of_a_mentioned_user_and_a_public_leaderboard() throws Exception {
        JsonNode stats = command("U1", "stats <@U2|bob>");
        JsonNode board = command("U1", "leaderboard all");

        assertThat(stats.path("text").asText()).startsWith("*Stats · U2*");
        assertThat(board.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(board.path("text").asText()).startsWith("*Leaderboard · Team · All time*");
    }

    @Test
    void while_a_round_is_open_no_board_stats_or_app_home_shows_its_answers_and_the_reveal_brings_the_points()
            throws Exception {
        Posted round = ask();
        List<String> players = List.of("U1", "U2", "U3", "U4");
        for (int i = 0; i < 4; i++) {
            String letter = String.valueOf((char) ('A' + i));
            assertThat(send(click(round, players.get(i), letter, i + ".1", "click" + i)))
                    .isEqualTo(200);
        }
        String winner = "name-" + players.get(round.right().charAt(0) - 'A');

        for (String window : List.of("week", "month", "all")) {
            assertThat(command("U5", "leaderboard " + window).path("text").asText())
                    .as(window)
                    .contains("No points yet.");
            assertThat(command("U5", "leaderboard teams " + window).path("text").asText())
                    .as(window)
                    .contains("No points yet.");
        }
        for (String player : players) {
            assertThat(command("U5", "stats <@" + player + ">").path("text").asText())
                    .contains("No answers yet.");
        }
        assertThat(send(signed.event(SlackPayloads.appHomeOpened(players.get(0)))))
                .isEqualTo(200);
        String home = slack.awaitCall("views.publish", call -> true, WAIT)
                .jsonParam("view")
                .path("blocks")
                .toString();
        assertThat(home).contains("No answers yet.", "No points yet.");

        slack.putUser("UADMIN", true, false);
        assertThat(command("UADMIN", "close").path("text").asText()).isEqualTo("You closed the round early.");

        assertThat(command("U5", "leaderboard all").path("text").asText()).contains(winner);
    }

    @Test
    void a_click_on_an_unknown_round_gets_a_friendly_refusal() throws Exception {
        send(signed.blockActions(
                SlackPayloads.blockAction("mlquiz.answer.v1.zzzz0000.A", "A").responseUrl(slack.responseUrl("stale"))));

        assertThat(slack.awaitResponse("stale", WAIT).json().path("text").asText())
                .isEqualTo(":warning: This question is no longer active. Start a new one with /mlquiz ask.");
    }

    @Test
    void practice_replaces_the_private_question_with_feedback() throws Exception {
        JsonNode card = command("U1", "practice");
        JsonNode blocks = card.path("blocks");
        String right = rightLetter(blocks);
        String actionId = blocks.get(1)
                .path("elements")
                .get(right.charAt(0) - 'A')
                .path("action_id")
                .asText();

        send(signed.blockActions(SlackPayloads.blockAction(actionId, right).responseUrl(slack.responseUrl("p"))));

        JsonNode feedback = slack.awaitResponse("p", WAIT).json();
        assertThat(card.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(feedback.path("replace_original").asBoolean()).isTrue();
        assertThat(feedback.path("text").asText()).isEqualTo("Correct!");
    }

    @Test
    void review_asks_privately_and_says_what_is_due() throws Exception {
        JsonNode card = command("U1", "review");
        JsonNode off = command("U1", "review off");

        assertThat(card.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(card.toString()).contains("Nothing is due: here is a question you have not seen yet");
        assertThat(off.path("text").asText()).startsWith("Review is off.");
    }

    @Test
    void the_app_home_shows_stats_and_the_leaderboard_when_opened() throws Exception {
        assertThat(send(signed.event(SlackPayloads.appHomeOpened("U1")))).isEqualTo(200);

        FakeSlack.ApiCall publish = slack.awaitCall("views.publish", call -> true, WAIT);
        assertThat(publish.param("user_id")).isEqualTo("U1");
        JsonNode view = publish.jsonParam("view");
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.path("blocks").toString()).contains("*Stats · you*", "*Leaderboard · Team · This week*");
    }

    @Test
    void the_app_home_offers_review_and_its_button_sends_the_question_in_a_direct_message() throws Exception {
        missAPracticeQuestion();

        assertThat(send(signed.event(SlackPayloads.appHomeOpened("U1")))).isEqualTo(200);
        JsonNode home = slack.awaitCall("views.publish", call -> true, WAIT).jsonParam("view");
        assertThat(home.path("blocks").toString())
                .contains("questions due for review", "Start review", HomeReview.ACTION_ID);

        assertThat(send(signed.blockActions(SlackPayloads.blockAction(HomeReview.ACTION_ID, "review")
                        .user("U1", "name-U1")
                        .triggerId("home-trigger-1"))))
                .isEqualTo(200);
        FakeSlack.ApiCall question =
                slack.awaitCall("chat.postMessage", call -> "DU1".equals(call.param("channel")), WAIT);

        assertThat(question.param("blocks")).contains("Nothing is due", "mlquiz.answer.");
    }

    @Test
    void start_review_in_the_app_home_keeps_the_name_the_player_goes_by() throws Exception {
        missAPracticeQuestion();
        assertThat(command("U2", "stats <@U1>").path("text").asText()).startsWith("*Stats · alice*");

        assertThat(send(signed.blockActions(SlackPayloads.blockAction(HomeReview.ACTION_ID, "review")
                        .user("U1", "alice")
                        .triggerId("home-trigger-2"))))
                .isEqualTo(200);
        slack.awaitCall("chat.postMessage", call -> "DU1".equals(call.param("channel")), WAIT);

        assertThat(command("U2", "stats <@U1>").path("text").asText()).startsWith("*Stats · alice*");
    }

    /** U1 practises and answers wrong: a missed question, and a card due for review a minute later. */
    void missAPracticeQuestion() throws Exception {
        JsonNode practice = command("U1", "practice");
        String wrong = rightLetter(practice.path("blocks")).equals("A") ? "B" : "A";
        String wrongAction = practice.path("blocks")
                .get(1)
                .path("elements")
                .get(wrong.charAt(0) - 'A')
                .path("action_id")
                .asText();
        send(signed.blockActions(SlackPayloads.blockAction(wrongAction, wrong).responseUrl(slack.responseUrl("p"))));
        slack.awaitResponse("p", WAIT);
    }

    @Test
    void export_sends_the_csv_file_in_a_direct_message() throws Exception {
        missAPracticeQuestion();

        String name = responseUrl();
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand("export")
                        .user("U1", "name-U1")
                        .responseUrl(slack.responseUrl(name)))))
                .isEqualTo(200);
        // The confirmation comes once the upload is complete.
        assertThat(slack.awaitResponse(name, r -> r.json().path("text").asText().startsWith("I sent you"), WAIT)
                        .json()
                        .path("text")
                        .asText())
                .isEqualTo("I sent you mlquiz-missed.csv in a direct message from mlquiz.");
        assertThat(slack.sharedIn("DU1")).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("mlquiz-missed.csv");
            assertThat(file.content()).startsWith("#separator:Comma").contains("Question number", " beginner\"");
        });
        assertThat(slack.awaitResponse(name, r -> r.json().path("text").asText().startsWith("1 question"), WAIT))
                .isNotNull();
    }

    @Test
    void an_export_that_fails_says_why_naming_the_permission_slack_found_missing() throws Exception {
        missAPracticeQuestion();

        slack.stubOnce("conversations.open", FakeSlack.Reply.error("missing_scope"));
        assertThat(exportFailure())
                .isEqualTo(":warning: I could not send you mlquiz-missed.csv: mlquiz lacks the Slack permission"
                        + " im:write. Ask a workspace admin to reinstall mlquiz with it.");
        slack.stubOnce("files.getUploadURLExternal", FakeSlack.Reply.error("missing_scope"));
        assertThat(exportFailure()).contains("permission files:write.");
        slack.stubOnce("conversations.open", FakeSlack.Reply.error("user_not_found"));
        assertThat(exportFailure())
                .isEqualTo(
                        ":warning: I could not send you mlquiz-missed.csv (user_not_found); please try again later.");
    }

    /** What U1 is told when the export fails. */
    String exportFailure() throws Exception {
        String name = responseUrl();
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand("export")
                        .user("U1", "name-U1")
                        .responseUrl(slack.responseUrl(name)))))
                .isEqualTo(200);
        return slack.awaitResponse(name, r -> r.json().path("text").asText().contains("could not send"), WAIT)
                .json()
                .path("text")
                .asText();
    }

    @Test
    void a_channel_leaderboard_is_its_text_then_its_png_below_it_in_the_channel() throws Exception {
        JsonNode reply = command("U1", "leaderboard all");

        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.path("text").asText()).contains("Leaderboard · Team · All time");
        FakeSlack.SharedFile file = slack.awaitShared(SlackPayloads.CHANNEL_ID, WAIT);
        Png expected = pictures.leaderboard((LeaderboardView) asU1("leaderboard all"));
        assertThat(file.name()).isEqualTo("leaderboard.png");
        assertThat(Images.size(file.bytes())).isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void stats_are_private_text_and_their_png_in_a_direct_message() throws Exception {
        JsonNode reply = command("U1", "stats");

        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(reply.path("text").asText()).contains("name-U1");
        FakeSlack.SharedFile file = slack.awaitShared("DU1", WAIT);
        Png expected = pictures.stats((StatsView) asU1("stats"));
        assertThat(file.name()).isEqualTo("stats.png");
        assertThat(Images.size(file.bytes())).isEqualTo(new Dimension(expected.width(), expected.height()));
        assertThat(slack.sharedIn(SlackPayloads.CHANNEL_ID)).isEmpty();
    }

    @Test
    void the_weekly_recap_is_posted_then_its_png_below_it() {
        ChannelId general = new ChannelId(new TeamId(Platform.SLACK, SlackPayloads.TEAM_ID), SlackPayloads.CHANNEL_ID);

        assertThat(editor.post(general, List.of(SampleBoards.recap()))).isInstanceOf(PostResult.Posted.class);

        assertThat(slack.postedIn(SlackPayloads.CHANNEL_ID)).hasSize(1);
        FakeSlack.SharedFile file = slack.awaitShared(SlackPayloads.CHANNEL_ID, WAIT);
        Png expected = pictures.recap(SampleBoards.recap());
        assertThat(file.name()).isEqualTo("recap.png");
        assertThat(Images.size(file.bytes())).isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void hanging_card_uploads_hold_up_no_other_players_command() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger hanging = new AtomicInteger();
        slack.stub("files.getUploadURLExternal", call -> {
            hanging.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSlack.Reply.error("ratelimited");
        });
        try {
            for (String user : List.of("U1", "U2", "U3", "U4")) {
                command(user, "leaderboard all");
            }
            eventually(() -> hanging.get() >= 2);

            assertThat(send(signed.slashCommand(SlackPayloads.slashCommand("ask")
                            .user("U5", "name-U5")
                            .responseUrl(slack.responseUrl("ask-u5")))))
                    .isEqualTo(200);
            slack.awaitCall("chat.postMessage", call -> true, Duration.ofSeconds(5));
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_slow_upload_holds_up_neither_the_acknowledgment_nor_the_text() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean uploadAnswered = new AtomicBoolean();
        slack.stub("files.getUploadURLExternal", call -> {
            try {
                release.await(WAIT.toSeconds() * 3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            uploadAnswered.set(true);
            return FakeSlack.Reply.error("ratelimited");
        });
        try {
            JsonNode reply = command("U1", "leaderboard all");
            slack.awaitCall("files.getUploadURLExternal", call -> true, WAIT);

            assertThat(reply.path("text").asText()).contains("Leaderboard · Team · All time");
            assertThat(uploadAnswered).as("the upload was still waiting").isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_refused_upload_leaves_the_text_and_one_warning() throws Exception {
        slack.withoutBot(SlackPayloads.CHANNEL_ID);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger pictureLog = (Logger) LoggerFactory.getLogger(SlackPictures.class);
        pictureLog.addAppender(logs);
        try {
            JsonNode reply = command("U1", "leaderboard all");
            List<ILoggingEvent> warned = awaitLogged(logs);
            JsonNode stats = command("U1", "stats");

            assertThat(reply.path("text").asText()).contains("Leaderboard · Team · All time");
            assertThat(warned)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("the picture leaderboard.png was not uploaded to channel "
                            + SlackPayloads.CHANNEL_ID + ": not_in_channel");
            assertThat(warned).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN);
            assertThat(stats.path("text").asText()).contains("name-U1");
            assertThat(slack.awaitShared("DU1", WAIT).name()).isEqualTo("stats.png");
            assertThat(slack.sharedIn(SlackPayloads.CHANNEL_ID)).isEmpty();
            assertThat(awaitLogged(logs)).hasSize(1);
        } finally {
            pictureLog.detachAppender(logs);
        }
    }

    /** The events logged so far, once there is one (waiting a bounded time for it). */
    static List<ILoggingEvent> awaitLogged(ListAppender<ILoggingEvent> logs) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            synchronized (logs) { // the appender appends under its own lock
                if (!logs.list.isEmpty()) {
                    return List.copyOf(logs.list);
                }
            }
            assertThat(System.nanoTime()).as("something logged within %s", WAIT).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** What the core answers U1 in the payloads' channel, as the bot's reply to the same command shows it. */
    View asU1(String command) {
        Invocation u1 = new Invocation(
                new Player(new PlayerId(Platform.SLACK, "U1"), "name-U1"),
                new ChannelId(new TeamId(Platform.SLACK, SlackPayloads.TEAM_ID), SlackPayloads.CHANNEL_ID),
                SlackPayloads.CHANNEL_NAME,
                false);
        return quiz.execute(u1, CommandParser.parse(command, quiz.bank().topics()))
                .view();
    }

    @Test
    void a_bad_bot_token_is_a_clear_error() {
        slack.invalidToken("xoxb-wrong");

        assertThatThrownBy(() -> SlackBot.start(
                        new SlackSettings(
                                "xoxb-wrong",
                                Optional.empty(),
                                Optional.of(SECRET),
                                Optional.of(0),
                                Optional.of(slack.apiUrl()),
                                Set.of()),
                        "127.0.0.1",
                        quiz,
                        updater,
                        editor,
                        JdbcStorage.deliveryLog(db.database())))
                .isInstanceOf(SlackStartException.class)
                .hasMessage("Slack rejected SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token (xoxb-...)"
                        + " again from your app's OAuth & Permissions page.");
    }

    @Test
    void a_channel_the_bot_cannot_post_in_gets_a_clear_message_and_keeps_no_round_open() throws Exception {
        slack.stubError("chat.postMessage", "not_in_channel");

        JsonNode reply = command("U1", "ask");

        assertThat(reply.path("text").asText())
                .isEqualTo(":warning: I can't post in this channel yet. Add me with /invite @mlquiz, then ask again.");
        assertThat(quiz.openRound(SlackIdentities.channel(SlackPayloads.TEAM_ID, SlackPayloads.CHANNEL_ID)))
                .isEmpty();
    }

    @Test
    void a_question_slack_rate_limits_says_when_to_ask_again_and_keeps_no_round_open() throws Exception {
        slack.stubOnce("chat.postMessage", FakeSlack.Reply.rateLimited(30));

        JsonNode reply = command("U1", "ask");

        assertThat(reply.path("text").asText()).isEqualTo(":warning: Slack is busy; please try again in 30 s.");
        assertThat(quiz.openRound(SlackIdentities.channel(SlackPayloads.TEAM_ID, SlackPayloads.CHANNEL_ID)))
                .isEmpty();
    }

    @Test
    void without_an_app_token_or_a_signing_secret_it_says_what_is_missing() {
        assertThatThrownBy(() -> SlackBot.start(
                        new SlackSettings(
                                BOT_TOKEN,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(slack.apiUrl()),
                                Set.of()),
                        "127.0.0.1",
                        quiz,
                        updater,
                        editor,
                        JdbcStorage.deliveryLog(db.database())))
                .isInstanceOf(SlackStartException.class)
                .hasMessage("Slack needs SLACK_APP_TOKEN (Socket Mode), or SLACK_SIGNING_SECRET and MLQUIZ_HTTP_PORT"
                        + " (HTTP mode).");
    }

    @Test
    void a_port_already_in_use_is_a_clear_error() {
        assertThatThrownBy(() -> SlackBot.start(
                        new SlackSettings(
                                BOT_TOKEN,
                                Optional.empty(),
                                Optional.of(SECRET),
                                Optional.of(bot.httpPort()),
                                Optional.of(slack.apiUrl()),
                                Set.of()),
                        "127.0.0.1",
                        quiz,
                        updater,
                        editor,
                        JdbcStorage.deliveryLog(db.database())))
                .isInstanceOf(SlackStartException.class)
                .hasMessageContaining("Failed to bind");
    }

    @Test
    void socket_mode_receives_the_command_and_acknowledges_it() throws Exception {
        bot.close();
        bot = SlackBot.start(
                settings(Optional.of("xapp-test"), Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db.database()));
        slack.awaitSocketConnection(WAIT);

        String envelope = slack.sendSlashCommandEnvelope(
                SlackPayloads.slashCommand("ask").responseUrl(slack.responseUrl("socket")));

        assertThat(slack.awaitAck(envelope, WAIT).path("envelope_id").asText()).isEqualTo(envelope);
        FakeSlack.ApiCall post = slack.awaitCall("chat.postMessage", call -> true, WAIT);
        assertThat(post.jsonParam("blocks").get(1).path("type").asText()).isEqualTo("actions");
    }

    @Test
    void the_question_of_the_day_is_posted_and_updated_into_its_reveal() throws Exception {
        slack.putUser("UADMIN", true, false);
        assertThat(command("UADMIN", "qotd on 10:00 UTC daily").path("text").asText())
                .startsWith("The question of the day is on: every day at 10:00 (UTC)");

        assertThat(quiz.postDueDailyQuestions()).hasSize(1);

        FakeSlack.ApiCall post = slack.awaitCall("chat.postMessage", call -> true, WAIT);
        assertThat(post.param("channel")).isEqualTo(SlackPayloads.CHANNEL_ID);
        JsonNode blocks = post.jsonParam("blocks");
        String actionId =
                blocks.get(1).path("elements").get(0).path("action_id").asText();
        RoundId round = AnswerButtonId.decode(actionId).orElseThrow().round();
        String ts = messages.messageRef(round).orElseThrow();
        send(signed.blockActions(SlackPayloads.blockAction(actionId, "A")
                .user("U1", "alice")
                .message(ts, "q")
                .responseUrl(slack.responseUrl("daily-click"))));
        assertThat(slack.awaitResponse("daily-click", WAIT).json().path("text").asText())
                .startsWith(":lock: Locked in: A");

        clock.advance(Duration.ofDays(1));
        quiz.closeDueRounds();

        FakeSlack.ApiCall update = slack.awaitCall("chat.update", call -> true, WAIT);
        assertThat(update.param("ts")).isEqualTo(ts);
        assertThat(update.jsonParam("blocks").toString())
                .contains("*Question of the day · Answer: ", "1 of 1 regular player took part (100%).");
    }
}
