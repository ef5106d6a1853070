package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reporting a bad question from Slack, end to end: the real Bolt app over HTTP (and Socket Mode) with signed
 * requests against the fake Web API. The Report button opens the form, the form files the report and tells
 * the reporter alone; forged or garbled forms file nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackReportsTest {
    static final String SECRET = "test-signing-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final HttpClient http = HttpClient.newHttpClient();
    final SignedRequests signed = new SignedRequests(SECRET);
    final AtomicInteger names = new AtomicInteger();
    FakeSlack slack;
    SlackBot bot;
    Quiz quiz;
    RoundMessageUpdater updater;
    SlackPublisher editor;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        RoundMessages messages = JdbcStorage.roundMessages(db.database());
        editor = new SlackPublisher();
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                editor,
                messages,
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        bot = start(Optional.empty());
    }

    SlackBot start(Optional<String> appToken) throws SlackStartException {
        return SlackBot.start(
                new SlackSettings(
                        "xoxb-test",
                        appToken,
                        Optional.of(SECRET),
                        Optional.of(0),
                        Optional.of(slack.apiUrl()),
                        Set.of("UADMIN")),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db.database()));
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    HttpResponse<String> send(SignedRequests.SignedRequest request) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpServer.PATH);
        return http.send(request.toHttpRequest(uri), HttpResponse.BodyHandlers.ofString());
    }

    /** A round asked in the channel and closed by its timer: the reveal, with its Report button. */
    RoundId revealedRound() throws Exception {
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand("ask").responseUrl(slack.responseUrl("ask"))))
                        .statusCode())
                .isEqualTo(200);
        JsonNode card = slack.awaitCall("chat.postMessage", call -> true, WAIT).jsonParam("blocks");
        String answer = card.get(1).path("elements").get(0).path("action_id").asText();
        RoundId round = AnswerButtonId.decode(answer).orElseThrow().round();
        SlackEndToEndTest.eventually(
                () -> JdbcStorage.roundMessages(db.database()).messageRef(round).isPresent());
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();
        JsonNode reveal = slack.awaitCall("chat.update", call -> true, WAIT).jsonParam("blocks");
        assertThat(reveal.toString()).contains(new ReportButtonId(round).encode());
        return round;
    }

    SlackPayloads.BlockAction reportClick(RoundId round, String trigger) {
        return SlackPayloads.blockAction(new ReportButtonId(round).encode(), round.value())
                .triggerId(trigger)
                .actionTs("1700000002." + names.incrementAndGet())
                .responseUrl(slack.responseUrl("click" + names.get()));
    }

    static SlackPayloads.ViewSubmission form(String metadata, String reason, String details) {
        return SlackPayloads.viewSubmission(ReportForm.CALLBACK_ID, metadata)
                .selected(ReportForm.REASON_BLOCK, ReportForm.REASON_ACTION, reason)
                .typed(ReportForm.NOTE_BLOCK, ReportForm.NOTE_ACTION, details);
    }

    static String origin(RoundId round) {
        return round.value() + "|" + SlackPayloads.CHANNEL_ID;
    }

    List<ReportSummary> openReports() {
        return db.stores().reports().open(SlackIdentities.team(SlackPayloads.TEAM_ID));
    }

    String questionOf(RoundId round) {
        return db.stores().rounds().find(round).orElseThrow().questionId();
    }

    FakeSlack.ApiCall ephemeral() {
        return slack.awaitCall("chat.postEphemeral", call -> true, WAIT);
    }

    @Test
    void the_report_button_under_a_reveal_opens_the_form_with_the_clicks_trigger() throws Exception {
        RoundId round = revealedRound();

        assertThat(send(signed.blockActions(reportClick(round, "trigger-1"))).statusCode())
                .isEqualTo(200);

        FakeSlack.ApiCall opened = slack.awaitCall("views.open", call -> true, WAIT);
        assertThat(opened.param("trigger_id")).isEqualTo("trigger-1");
        assertThat(opened.token()).isEqualTo("xoxb-test");
        JsonNode view = opened.jsonParam("view");
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(view.path("callback_id").asText()).isEqualTo(ReportForm.CALLBACK_ID);
        assertThat(view.path("private_metadata").asText()).isEqualTo(round.value() + "|C1");
        JsonNode reasons = view.path("blocks").get(0).path("element").path("options");
        assertThat(reasons.findValuesAsText("value")).containsExactly("wrong", "unclear", "outdated", "other");
        assertThat(view.path("blocks").get(1).path("element").path("max_length").asInt())
                .isEqualTo(500);
        assertThat(openReports()).as("nothing is filed before the form is sent").isEmpty();
    }

    @Test
    void sending_the_form_files_the_report_and_thanks_the_reporter_privately_in_the_channel() throws Exception {
        RoundId round = revealedRound();

        HttpResponse<String> sent =
                send(signed.viewSubmission(form(origin(round), "wrong", "The answer is C, see the paper.")));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).as("an empty acknowledgment closes the form").isEmpty();
        FakeSlack.ApiCall thanks = ephemeral();
        assertThat(thanks.param("channel")).isEqualTo("C1");
        assertThat(thanks.param("user")).isEqualTo("U1");
        assertThat(thanks.param("text")).startsWith("Thanks: your report on “Question number ");
        assertThat(openReports()).singleElement().satisfies(summary -> {
            assertThat(summary.questionId()).isEqualTo(questionOf(round));
            assertThat(summary.reasons()).isEqualTo(Map.of(ReportReason.WRONG_ANSWER, 1));
            assertThat(summary.notes()).containsExactly("The answer is C, see the paper.");
        });
    }

    @Test
    void a_form_naming_an_unknown_round_gets_a_private_error_and_files_nothing() throws Exception {
        assertThat(send(signed.viewSubmission(form("zzzz0000|C1", "unclear", null)))
                        .statusCode())
                .isEqualTo(200);

        FakeSlack.ApiCall refused = ephemeral();
        assertThat(refused.param("user")).isEqualTo("U1");
        assertThat(refused.param("text")).startsWith(":warning: That question is no longer known here.");
        assertThat(openReports()).isEmpty();
    }

    @Test
    void a_form_from_another_workspace_cannot_report_this_ones_round() throws Exception {
        RoundId round = revealedRound();

        send(signed.viewSubmission(form(origin(round), "wrong", "").team("T2")));

        assertThat(ephemeral().param("text")).startsWith(":warning: That question is no longer known here.");
        assertThat(openReports()).isEmpty();
        assertThat(db.stores().reports().open(SlackIdentities.team("T2"))).isEmpty();
    }

    @Test
    void details_over_500_characters_keep_the_form_open_with_the_problem_beside_them() throws Exception {
        RoundId round = revealedRound();

        HttpResponse<String> sent = send(signed.viewSubmission(form(origin(round), "wrong", "x".repeat(501))));

        assertThat(sent.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(sent.body());
        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path(ReportForm.NOTE_BLOCK).asText())
                .isEqualTo("A report's details are at most 500 characters; yours have 501.");
        assertThat(openReports()).isEmpty();
    }

    @Test
    void a_reason_the_form_does_not_offer_is_refused_beside_the_reason() throws Exception {
        RoundId round = revealedRound();

        JsonNode answer = JSON.readTree(
                send(signed.viewSubmission(form(origin(round), "boring", ""))).body());

        assertThat(answer.path("errors").path(ReportForm.REASON_BLOCK).asText())
                .isEqualTo("'boring' is not a reason to report: wrong, unclear, outdated or other.");
        assertThat(openReports()).isEmpty();
    }

    @Test
    void a_garbled_origin_is_told_in_a_direct_message_and_files_nothing() throws Exception {
        send(signed.viewSubmission(form("not metadata", "wrong", "")));

        FakeSlack.ApiCall told = slack.awaitCall("chat.postMessage", call -> "DU1".equals(call.param("channel")), WAIT);
        assertThat(told.param("text")).startsWith(":warning: That question is no longer known here.");
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
        assertThat(openReports()).isEmpty();
    }

    @Test
    void when_the_channel_refuses_an_ephemeral_message_the_thanks_come_as_a_direct_message() throws Exception {
        RoundId round = revealedRound();
        slack.stubError("chat.postEphemeral", "channel_not_found");

        send(signed.viewSubmission(form(origin(round), "outdated", "")));

        FakeSlack.ApiCall told = slack.awaitCall("chat.postMessage", call -> "DU1".equals(call.param("channel")), WAIT);
        assertThat(told.param("text")).startsWith("Thanks: your report on “Question number ");
        assertThat(openReports()).hasSize(1);
    }

    @Test
    void a_forged_signature_gets_401_and_opens_and_files_nothing() throws Exception {
        RoundId round = revealedRound();

        assertThat(send(signed.blockActions(reportClick(round, "trigger-f")).withWrongSignature())
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(signed.viewSubmission(form(origin(round), "wrong", "")).withWrongSignature())
                        .statusCode())
                .isEqualTo(401);

        assertThat(slack.calls("views.open")).isEmpty();
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
        assertThat(openReports()).isEmpty();
    }

    @Test
    void a_redelivered_click_opens_one_form_and_a_redelivered_form_is_answered_once() throws Exception {
        RoundId round = revealedRound();
        SignedRequests.SignedRequest click = signed.blockActions(reportClick(round, "trigger-r"));
        SignedRequests.SignedRequest sent =
                signed.viewSubmission(form(origin(round), "wrong", "").viewId("V42"));

        for (SignedRequests.SignedRequest request : List.of(click, click.withRetry(1, "http_timeout"), sent, sent)) {
            assertThat(send(request).statusCode()).isEqualTo(200);
        }
        bot.close(); // lets the queued work and Web API calls finish
        bot = start(Optional.empty());

        assertThat(slack.calls("views.open")).hasSize(1);
        assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
        assertThat(openReports()).hasSize(1);
    }

    @Test
    void a_form_slack_would_not_open_is_said_privately_and_the_click_may_be_tried_again() throws Exception {
        RoundId round = revealedRound();
        slack.stubOnce("views.open", FakeSlack.Reply.error("expired_trigger_id"));
        SlackPayloads.BlockAction click = reportClick(round, "trigger-late");

        assertThat(send(signed.blockActions(click)).statusCode()).isEqualTo(200);
        assertThat(slack.awaitResponse("click" + names.get(), WAIT).text())
                .startsWith(":warning: Something went wrong on our side");
        send(signed.blockActions(click.triggerId("trigger-again")));

        assertThat(slack.awaitCall("views.open", call -> "trigger-again".equals(call.param("trigger_id")), WAIT))
                .isNotNull();
    }

    @Test
    void a_views_open_slack_does_not_answer_is_given_up_so_the_click_is_still_acknowledged() throws Exception {
        RoundId round = revealedRound();
        slack.holdViewsOpen();
        try {
            assertThat(send(signed.blockActions(reportClick(round, "trigger-slow")))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(slack.awaitResponse("click" + names.get(), WAIT).text())
                    .startsWith(":warning: Something went wrong on our side");
        } finally {
            slack.releaseViewsOpen();
        }
    }

    @Test
    void a_garbled_report_button_is_refused_privately_and_opens_nothing() throws Exception {
        send(signed.blockActions(SlackPayloads.blockAction("mlquiz.report.v1.NOT-A-ROUND", "x")
                .responseUrl(slack.responseUrl("garbled"))));

        assertThat(slack.awaitResponse("garbled", WAIT).json().path("text").asText())
                .startsWith(":warning: That question is no longer known here.");
        assertThat(slack.calls("views.open")).isEmpty();
    }

    @Test
    void the_report_button_under_practice_feedback_opens_the_form_too() throws Exception {
        send(signed.slashCommand(SlackPayloads.slashCommand("practice").responseUrl(slack.responseUrl("practice"))));
        JsonNode card = slack.awaitResponse("practice", WAIT).json().path("blocks");
        String answer = card.get(1).path("elements").get(0).path("action_id").asText();
        send(signed.blockActions(SlackPayloads.blockAction(answer, "A").responseUrl(slack.responseUrl("feedback"))));
        JsonNode feedback = slack.awaitResponse("feedback", WAIT).json().path("blocks");
        String report = feedback.findValuesAsText("action_id").stream()
                .filter(id -> ReportButtonId.decode(id).isPresent())
                .findFirst()
                .orElseThrow();

        send(signed.blockActions(
                SlackPayloads.blockAction(report, "r").actionTs("1700000003.1").triggerId("trigger-p")));

        FakeSlack.ApiCall opened = slack.awaitCall("views.open", call -> true, WAIT);
        assertThat(opened.param("trigger_id")).isEqualTo("trigger-p");
        assertThat(opened.jsonParam("view").path("private_metadata").asText())
                .isEqualTo(ReportButtonId.decode(report).orElseThrow().round().value() + "|C1");
    }

    @Test
    void report_and_reports_work_as_slash_commands() throws Exception {
        RoundId round = revealedRound();
        String question = questionOf(round);

        send(signed.slashCommand(SlackPayloads.slashCommand("report " + question + " unclear details with spaces")
                .responseUrl(slack.responseUrl("report"))));
        JsonNode filed = slack.awaitResponse("report", WAIT).json();
        send(signed.slashCommand(SlackPayloads.slashCommand("reports")
                .user("UADMIN", "admin")
                .responseUrl(slack.responseUrl("reports"))));
        JsonNode listed = slack.awaitResponse("reports", WAIT).json();
        send(signed.slashCommand(SlackPayloads.slashCommand("reports").responseUrl(slack.responseUrl("refused"))));
        JsonNode refused = slack.awaitResponse("refused", WAIT).json();

        assertThat(filed.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(filed.path("text").asText()).startsWith("Thanks: your report on “Question number ");
        assertThat(openReports()).singleElement().satisfies(summary -> assertThat(summary.notes())
                .containsExactly("details with spaces"));
        assertThat(listed.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(listed.toString()).contains("Open reports: 1 question", question, "details with spaces");
        assertThat(refused.path("text").asText()).startsWith(":warning: Only admins can list reports");
    }

    @Test
    void in_socket_mode_the_button_opens_the_form_and_the_form_files_the_report() throws Exception {
        RoundId round = revealedRound();
        bot.close();
        bot = start(Optional.of("xapp-test"));
        slack.awaitSocketConnection(WAIT);

        String click = slack.sendInteractiveEnvelope(reportClick(round, "trigger-s"));
        slack.awaitAck(click, WAIT);
        assertThat(slack.awaitCall("views.open", call -> true, WAIT).param("trigger_id"))
                .isEqualTo("trigger-s");
        String sent =
                slack.sendInteractiveEnvelope(form(origin(round), "other", "").json());
        slack.awaitAck(sent, WAIT);

        assertThat(ephemeral().param("text")).startsWith("Thanks: your report on “Question number ");
        assertThat(openReports()).hasSize(1);
    }
}
