package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.OAuthStates;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.FakeSlack.FakeWorkspace;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.testing.TempDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth mode end to end: the real Bolt app over HTTP on 127.0.0.1 serving two workspaces that installed it
 * through the install page and the OAuth redirect, against a fake Slack, on a SQLite database.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackOAuthEndToEndTest {
    static final String SECRET = "test-signing-secret";
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Pattern STATE_COOKIE = Pattern.compile("slack-app-oauth-state=([^;]+)");
    static final FakeWorkspace ONE = new FakeWorkspace("T1", "Team One", "xoxb-one-secret", "UBOT1", "BONE");
    static final FakeWorkspace TWO = new FakeWorkspace("T2", "Team Two", "xoxb-two-secret", "UBOT2", "BTWO");

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final HttpClient http = HttpClient.newHttpClient();
    final SignedRequests signed = new SignedRequests(SECRET);
    final AtomicInteger responses = new AtomicInteger();
    FakeSlack slack;
    SlackBot bot;
    Quiz quiz;
    RoundMessageUpdater updater;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        slack.installable("code-one", ONE).installable("code-two", TWO);
        SlackPublisher publisher = new SlackPublisher();
        QuestionBank bank = TestBanks.beginner(6);
        updater = new RoundMessageUpdater(
                new EditCoalescer(new ManualDelayer(), Duration.ofSeconds(3)),
                publisher,
                JdbcStorage.roundMessages(db.database()),
                RoundCards.reading(bank, db.stores(), clock));
        quiz = new Quiz(bank, db.stores(), updater, clock, new SplittableRandom(1));
        bot = start(Optional.of(KEY), publisher);
    }

    SlackBot start(Optional<String> key, SlackPublisher publisher) throws SlackStartException {
        return SlackBot.startOAuth(
                new SlackOAuthSettings(
                        "client-id",
                        "client-secret",
                        SECRET,
                        key,
                        Optional.of(0),
                        Optional.empty(),
                        Optional.of(slack.apiUrl()),
                        Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                publisher,
                JdbcStorage.deliveryLog(db.database()),
                new WorkspaceStores(
                        JdbcStorage.installations(db.database()), JdbcStorage.oauthStates(db.database()), clock));
    }

    @AfterEach
    void stop() {
        bot.close();
        slack.close();
    }

    HttpResponse<String> get(String pathAndQuery, Optional<String> stateCookie) throws Exception {
        return get(bot, pathAndQuery, stateCookie);
    }

    HttpResponse<String> get(SlackBot from, String pathAndQuery, Optional<String> stateCookie) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + from.httpPort() + pathAndQuery));
        stateCookie.ifPresent(state -> request.header("Cookie", "slack-app-oauth-state=" + state));
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The install page: the state it issued, from the cookie it set (its link to Slack carries the same). */
    String installPage() throws Exception {
        HttpResponse<String> page = get(DistributedApp.INSTALL_PATH, Optional.empty());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher cookie =
                STATE_COOKIE.matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(cookie.find()).isTrue();
        assertThat(page.body()).contains("slack.com/oauth/v2/authorize", "client_id=client-id", cookie.group(1));
        return cookie.group(1);
    }

    HttpResponse<String> redirect(String code, String state, Optional<String> cookie) throws Exception {
        return get(DistributedApp.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie);
    }

    void install(String code) throws Exception {
        String state = installPage();
        HttpResponse<String> done = redirect(code, state, Optional.of(state));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Thank you!");
    }

    Optional<byte[]> storedToken(String teamId) {
        return db.database()
                .queryOne(
                        "SELECT bot_token FROM installations WHERE team_key = ?",
                        row -> row.getBytes(1),
                        new TeamId(Platform.SLACK, teamId).key());
    }

    int send(SignedRequests.SignedRequest request) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpServer.PATH);
        return http.send(request.toHttpRequest(uri), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    JsonNode command(FakeWorkspace workspace, String user, String text) throws Exception {
        String name = "r" + responses.incrementAndGet();
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand(text)
                        .team(workspace.teamId(), workspace.teamId().toLowerCase())
                        .user(user, "name-" + user)
                        .responseUrl(slack.responseUrl(name)))))
                .isEqualTo(200);
        return slack.awaitResponse(name, WAIT).json();
    }

    /** Asks in the workspace's C1 and answers right as user: the question went out with the workspace's token. */
    void playARound(FakeWorkspace workspace, String user) throws Exception {
        int before = slack.calls("chat.postMessage").size();
        assertThat(send(signed.slashCommand(SlackPayloads.slashCommand("ask")
                        .team(workspace.teamId(), workspace.teamId().toLowerCase())
                        .responseUrl(slack.responseUrl("ask-" + workspace.teamId())))))
                .isEqualTo(200);
        SlackEndToEndTest.eventually(() -> slack.calls("chat.postMessage").size() > before);
        FakeSlack.ApiCall post = slack.calls("chat.postMessage").get(before);
        assertThat(post.token()).isEqualTo(workspace.botToken());
        JsonNode blocks = post.jsonParam("blocks");
        List<String> actions = new ArrayList<>();
        blocks.get(1)
                .path("elements")
                .forEach(button -> actions.add(button.path("action_id").asText()));
        String right = SlackEndToEndTest.rightLetter(blocks);
        RoundId round = AnswerButtonId.decode(actions.get(0)).orElseThrow().round();
        SlackEndToEndTest.eventually(
                () -> JdbcStorage.roundMessages(db.database()).messageRef(round).isPresent());
        String clicked = "click-" + workspace.teamId();
        assertThat(send(signed.blockActions(SlackPayloads.blockAction(actions.get(right.charAt(0) - 'A'), right)
                        .team(workspace.teamId(), workspace.teamId().toLowerCase())
                        .user(user, "name-" + user)
                        .message(post.param("ts") == null ? "1.1" : post.param("ts"), "question")
                        .responseUrl(slack.responseUrl(clicked)))))
                .isEqualTo(200);
        assertThat(slack.awaitResponse(clicked, WAIT).text()).startsWith(":lock: Locked in: " + right);
    }

    @Test
    void two_workspaces_install_play_apart_and_one_uninstalls_and_is_served_no_more() throws Exception {
        install("code-one");
        install("code-two");

        for (FakeWorkspace workspace : List.of(ONE, TWO)) {
            byte[] sealed = storedToken(workspace.teamId()).orElseThrow();
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(workspace.botToken());
        }
        playARound(ONE, "UALICE");
        playARound(TWO, "UBOB");
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();

        String boardOne = command(ONE, "U9", "leaderboard all").path("text").asText();
        String boardTwo = command(TWO, "U9", "leaderboard all").path("text").asText();
        assertThat(boardOne).contains("name-UALICE").doesNotContain("name-UBOB");
        assertThat(boardTwo).contains("name-UBOB").doesNotContain("name-UALICE");

        assertThat(send(signed.event(uninstalled(TWO)))).isEqualTo(200);
        assertThat(storedToken(TWO.teamId())).isEmpty();
        assertThat(storedToken(ONE.teamId())).isPresent();

        int posts = slack.calls("chat.postMessage").size();
        JsonNode refused = command(TWO, "UCAROL", "ask");
        assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.path("text").asText()).startsWith("mlquiz is not installed in this workspace");
        assertThat(slack.calls("chat.postMessage")).hasSize(posts);
        assertThat(db.database()
                        .queryOne("SELECT COUNT(*) FROM rounds WHERE team_key = ?", row -> row.getInt(1), "slack:T2")
                        .orElseThrow())
                .as("the uninstalled workspace's one round, from before")
                .isEqualTo(1);
        assertThat(command(ONE, "U9", "leaderboard all").path("text").asText()).contains("name-UALICE");
    }

    @Test
    void a_report_opens_its_form_and_is_thanked_with_the_token_of_the_workspace_it_came_from() throws Exception {
        install("code-one");
        install("code-two");
        playARound(TWO, "UBOB");
        clock.advance(Duration.ofSeconds(61));
        quiz.closeDueRounds();
        FakeSlack.ApiCall reveal = slack.awaitCall("chat.update", call -> true, WAIT);
        String report = reveal.jsonParam("blocks").findValuesAsText("action_id").stream()
                .filter(id -> ReportButtonId.decode(id).isPresent())
                .findFirst()
                .orElseThrow();

        send(signed.blockActions(SlackPayloads.blockAction(report, "r")
                .team(TWO.teamId(), "two")
                .user("UBOB", "name-UBOB")
                .actionTs("1700000009.000001")
                .triggerId("trigger-two")));
        FakeSlack.ApiCall opened = slack.awaitCall("views.open", call -> true, WAIT);
        send(signed.viewSubmission(SlackPayloads.viewSubmission(
                        ReportForm.CALLBACK_ID,
                        opened.jsonParam("view").path("private_metadata").asText())
                .team(TWO.teamId())
                .user("UBOB", "name-UBOB")
                .selected(ReportForm.REASON_BLOCK, ReportForm.REASON_ACTION, "unclear")));
        FakeSlack.ApiCall thanks = slack.awaitCall("chat.postEphemeral", call -> true, WAIT);

        assertThat(opened.token()).isEqualTo(TWO.botToken());
        assertThat(opened.param("trigger_id")).isEqualTo("trigger-two");
        assertThat(thanks.token()).isEqualTo(TWO.botToken());
        assertThat(thanks.param("text")).startsWith("Thanks: your report on “Question number ");
        assertThat(db.stores().reports().open(new TeamId(Platform.SLACK, "T2"))).hasSize(1);
        assertThat(db.stores().reports().open(new TeamId(Platform.SLACK, "T1"))).isEmpty();
    }

    @Test
    void an_install_started_on_one_instance_finishes_on_another_which_then_serves_the_workspace() throws Exception {
        String state = installPage();
        SlackBot other = start(Optional.of(KEY), new SlackPublisher());
        try {
            HttpResponse<String> done =
                    get(other, DistributedApp.REDIRECT_PATH + "?code=code-one&state=" + state, Optional.of(state));

            assertThat(done.body()).contains("Thank you!");
            assertThat(command(ONE, "UALICE", "topics").path("text").asText()).doesNotStartWith("mlquiz is not");
        } finally {
            other.close();
        }
    }

    @Test
    void a_click_from_a_workspace_without_the_app_is_told_so_and_records_nothing() throws Exception {
        assertThat(send(signed.blockActions(SlackPayloads.blockAction("mlquiz.answer.R1.A", "A")
                        .team(TWO.teamId(), "two")
                        .responseUrl(slack.responseUrl("stray-click")))))
                .isEqualTo(200);

        assertThat(slack.awaitResponse("stray-click", WAIT).text()).startsWith("mlquiz is not installed");
        assertThat(db.database()
                        .queryOne("SELECT COUNT(*) FROM deliveries", row -> row.getInt(1))
                        .orElseThrow())
                .isZero();
    }

    @Test
    void a_revoked_bot_token_ends_the_installation() throws Exception {
        install("code-one");

        assertThat(send(signed.event(
                        SlackPayloads.eventCallback("{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"UBOT1\"]}}")
                                .teamId(ONE.teamId())
                                .eventTime(clock.instant().getEpochSecond()))))
                .isEqualTo(200);

        assertThat(storedToken(ONE.teamId())).isEmpty();
    }

    @Test
    void a_redelivered_uninstall_after_a_reinstall_keeps_the_new_installation() throws Exception {
        install("code-one");
        SlackPayloads.EventCallback uninstall = uninstalled(ONE);
        assertThat(send(signed.event(uninstall))).isEqualTo(200);
        assertThat(storedToken(ONE.teamId())).isEmpty();
        slack.installable("code-one-again", ONE);
        install("code-one-again");

        assertThat(send(signed.event(uninstall).withRetry(1, "http_timeout"))).isEqualTo(200);

        assertThat(storedToken(ONE.teamId())).isPresent();
    }

    @Test
    void an_uninstall_dated_before_the_installation_keeps_it() throws Exception {
        install("code-one");

        assertThat(send(signed.event(SlackPayloads.eventCallback("{\"type\":\"app_uninstalled\"}")
                        .teamId(ONE.teamId())
                        .eventTime(clock.instant().getEpochSecond() - 60))))
                .isEqualTo(200);

        assertThat(storedToken(ONE.teamId())).isPresent();
    }

    /** The workspace's app_uninstalled event, dated now. */
    SlackPayloads.EventCallback uninstalled(FakeWorkspace workspace) {
        return SlackPayloads.eventCallback("{\"type\":\"app_uninstalled\"}")
                .teamId(workspace.teamId())
                .eventTime(clock.instant().getEpochSecond());
    }

    @Test
    void a_workspace_never_installed_is_told_so_and_nothing_is_stored() throws Exception {
        JsonNode refused = command(ONE, "UALICE", "ask");

        assertThat(refused.path("text").asText()).startsWith("mlquiz is not installed in this workspace");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        for (String table : List.of("rounds", "players", "channels", "deliveries")) {
            assertThat(db.database()
                            .queryOne("SELECT COUNT(*) FROM " + table, row -> row.getInt(1))
                            .orElseThrow())
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void a_redirect_with_a_wrong_reused_or_expired_state_installs_nothing() throws Exception {
        String state = installPage();
        assertThat(redirect("code-one", "forged", Optional.of("forged")).body()).doesNotContain("Thank you!");
        assertThat(redirect("code-one", state, Optional.of("another")).body()).doesNotContain("Thank you!");
        assertThat(redirect("code-one", state, Optional.of(state)).body()).contains("Thank you!");

        slack.installable("code-two", TWO);
        assertThat(redirect("code-two", state, Optional.of(state)).body())
                .as("a state is good once")
                .doesNotContain("Thank you!");
        String late = installPage();
        clock.advance(OAuthStates.LIFETIME);
        assertThat(redirect("code-two", late, Optional.of(late)).body()).doesNotContain("Thank you!");

        assertThat(storedToken(ONE.teamId())).isPresent();
        assertThat(storedToken(TWO.teamId())).isEmpty();
    }

    @Test
    void oauth_mode_refuses_to_start_without_a_valid_secret_key() {
        assertThatThrownBy(() -> start(Optional.empty(), new SlackPublisher()))
                .isInstanceOf(SlackStartException.class)
                .hasMessage("Slack OAuth mode needs MLQUIZ_SECRET_KEY to seal bot tokens in the database: "
                        + TokenCipher.KEY_FORMAT + ".");
        assertThatThrownBy(() -> start(Optional.of("c2hvcnQ="), new SlackPublisher()))
                .hasMessage("MLQUIZ_SECRET_KEY holds 5 bytes, not 32; it must be " + TokenCipher.KEY_FORMAT + ".");
    }
}
