package dev.mlquiz.slack.fake;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FakeSlackTest {

    private static final String SECRET = "test-signing-secret";
    private static final String BOT_TOKEN = "xoxb-test";
    private static final String APP_TOKEN = "xapp-1-A1-test";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeSlack fake;
    private SignedRequests signed;
    private App app;

    @BeforeEach
    void setUp() {
        fake = new FakeSlack();
        signed = new SignedRequests(SECRET, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.stop();
        }
        fake.close();
    }

    private App newApp() {
        app = new App(AppConfig.builder()
                .singleTeamBotToken(BOT_TOKEN)
                .signingSecret(SECRET)
                .slack(Slack.getInstance(fake.slackConfig()))
                .build());
        return app;
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    // (a)
    @Test
    void slashCommandAcksThenPostsAndResponds() throws Exception {
        App app = newApp();
        CompletableFuture<ChatPostMessageResponse> posted = new CompletableFuture<>();
        app.command("/mlquiz", (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            app.executorService().submit(() -> {
                try {
                    posted.complete(ctx.client()
                            .chatPostMessage(r -> r.channel(p.getChannelId()).text("Quiz: " + p.getText())));
                    ctx.respond("ok");
                } catch (Exception e) {
                    posted.completeExceptionally(e);
                }
            });
            return ctx.ack();
        });

        Response response = app.run(
                signed.slashCommand(SlackPayloads.slashCommand("start 5").responseUrl(fake.responseUrl("cmd")))
                        .toBoltRequest(app));

        assertThat(response.getStatusCode()).isEqualTo(200);
        FakeSlack.ApiCall post = fake.awaitCall("chat.postMessage", c -> true, WAIT);
        assertThat(post.param("channel")).isEqualTo(SlackPayloads.CHANNEL_ID);
        assertThat(post.param("text")).isEqualTo("Quiz: start 5");
        assertThat(post.authorization()).isEqualTo("Bearer " + BOT_TOKEN);
        assertThat(get(posted).isOk()).isTrue();
        assertThat(get(posted).getTs()).isEqualTo("1700000000.000100");
        assertThat(fake.awaitResponse("cmd", WAIT).text()).isEqualTo("ok");
        // Bolt's startup auth.test went to the fake, nothing went anywhere else
        assertThat(fake.calls("auth.test"))
                .first()
                .extracting(FakeSlack.ApiCall::token)
                .isEqualTo(BOT_TOKEN);
        assertThat(fake.strayRequests()).isEmpty();
    }

    @Test
    void stubbedErrorsUsersAndInvalidTokens() throws Exception {
        fake.stubError("chat.postMessage", "not_in_channel");
        fake.putUser("UADMIN", true, false);
        App app = newApp();
        app.start();

        ChatPostMessageResponse refused = app.client()
                .chatPostMessage(r -> r.token(BOT_TOKEN).channel("C9").text("hi"));
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.getError()).isEqualTo("not_in_channel");
        assertThat(fake.calls("chat.postMessage")).hasSize(1);

        UsersInfoResponse admin = app.client().usersInfo(r -> r.token(BOT_TOKEN).user("UADMIN"));
        assertThat(admin.getUser().isAdmin()).isTrue();
        assertThat(admin.getUser().isOwner()).isFalse();
        UsersInfoResponse member =
                app.client().usersInfo(r -> r.token(BOT_TOKEN).user("U7"));
        assertThat(member.getUser().isAdmin()).isFalse();
        assertThat(member.getUser().getProfile().getDisplayName()).isEqualTo("user-u7");

        HttpResponse<String> unknown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.apiUrl() + "no.such.method"))
                                .header("Authorization", "Bearer " + BOT_TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString("a=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error\":\"unknown_method\"}");
        assertThat(fake.calls("no.such.method")).singleElement().satisfies(c -> assertThat(c.param("a"))
                .isEqualTo("1"));

        fake.invalidToken("xoxb-revoked");
        App revoked = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-revoked")
                .signingSecret(SECRET)
                .slack(Slack.getInstance(fake.slackConfig()))
                .build());
        assertThatThrownBy(revoked::start).hasMessageContaining("invalid_auth");

        assertThatThrownBy(() -> fake.awaitCall("chat.update", c -> true, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("chat.postMessage");
    }

    // (b)
    @Test
    void blockActionReachesHandlerWithActionAndUser() throws Exception {
        App app = newApp();
        CompletableFuture<BlockActionPayload> seen = new CompletableFuture<>();
        app.blockAction(Pattern.compile("mlquiz\\..*"), (req, ctx) -> {
            seen.complete(req.getPayload());
            ctx.respond(r -> r.text("Answer recorded").replaceOriginal(false));
            return ctx.ack();
        });

        Response response = app.run(signed.blockActions(SlackPayloads.blockAction("mlquiz.answer", "q1:b")
                        .user("U2", "bob")
                        .message("1700000000.000100", "Q1")
                        .responseUrl(fake.responseUrl("action")))
                .toBoltRequest(app));

        assertThat(response.getStatusCode()).isEqualTo(200);
        BlockActionPayload payload = get(seen);
        assertThat(payload.getActions()).hasSize(1);
        assertThat(payload.getActions().get(0).getActionId()).isEqualTo("mlquiz.answer");
        assertThat(payload.getActions().get(0).getValue()).isEqualTo("q1:b");
        assertThat(payload.getUser().getId()).isEqualTo("U2");
        assertThat(payload.getUser().getUsername()).isEqualTo("bob");
        assertThat(payload.getContainer().getMessageTs()).isEqualTo("1700000000.000100");
        assertThat(payload.getChannel().getId()).isEqualTo(SlackPayloads.CHANNEL_ID);
        JsonNode responded = fake.awaitResponse("action", WAIT).json();
        assertThat(responded.path("text").asText()).isEqualTo("Answer recorded");
        assertThat(responded.path("replace_original").asBoolean(true)).isFalse();
    }

    // (c)
    @Test
    void wrongSignatureAndOldTimestampAreRejected() throws Exception {
        App app = newApp();
        AtomicInteger handled = new AtomicInteger();
        app.command("/mlquiz", (req, ctx) -> {
            handled.incrementAndGet();
            return ctx.ack();
        });
        SlackPayloads.SlashCommand command = SlackPayloads.slashCommand("start");

        Response wrong =
                app.run(signed.slashCommand(command).withWrongSignature().toBoltRequest(app));
        Response old = app.run(
                signed.olderBy(Duration.ofMinutes(6)).slashCommand(command).toBoltRequest(app));
        Response garbage =
                app.run(signed.slashCommand(command).withSignature("v0=00").toBoltRequest(app));

        assertThat(wrong.getStatusCode()).isEqualTo(401);
        assertThat(old.getStatusCode()).isEqualTo(401);
        assertThat(garbage.getStatusCode()).isEqualTo(401);
        assertThat(handled).hasValue(0);

        // the same builders with a fresh-enough timestamp pass: it was the signature/timestamp that failed
        Response fine = app.run(
                signed.olderBy(Duration.ofMinutes(4)).slashCommand(command).toBoltRequest(app));
        assertThat(fine.getStatusCode()).isEqualTo(200);
        assertThat(handled).hasValue(1);
    }

    // (d)
    @Test
    void appHomeOpenedPublishesViewAndSeesRetryNum() throws Exception {
        App app = newApp();
        List<Integer> retryNums = new CopyOnWriteArrayList<>();
        List<String> retryReasons = new CopyOnWriteArrayList<>();
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            retryNums.add(ctx.getRetryNum());
            retryReasons.add(ctx.getRetryReason());
            ctx.client().viewsPublish(r -> r.userId(req.getEvent().getUser())
                    .view(View.builder()
                            .type("home")
                            .blocks(asBlocks(section(s -> s.text(markdownText("*Welcome*")))))
                            .build()));
            return ctx.ack();
        });
        SlackPayloads.EventCallback event = SlackPayloads.appHomeOpened("U3");

        Response first = app.run(signed.event(event).toBoltRequest(app));
        Response retried =
                app.run(signed.event(event).withRetry(1, "http_timeout").toBoltRequest(app));

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(retried.getStatusCode()).isEqualTo(200);
        assertThat(retryNums).containsExactly(null, 1);
        assertThat(retryReasons).containsExactly(null, "http_timeout");
        FakeSlack.ApiCall publish = fake.awaitCall("views.publish", c -> "U3".equals(c.param("user_id")), WAIT);
        assertThat(publish.jsonParam("view").path("type").asText()).isEqualTo("home");
        assertThat(publish.jsonParam("view")
                        .path("blocks")
                        .get(0)
                        .path("text")
                        .path("text")
                        .asText())
                .isEqualTo("*Welcome*");
        assertThat(fake.calls("views.publish")).hasSize(2);
    }

    // (e)
    @Test
    void socketModeDeliversEnvelopesAndCapturesAcks() throws Exception {
        App app = newApp();
        CompletableFuture<SlashCommandPayload> command = new CompletableFuture<>();
        CompletableFuture<BlockActionPayload> action = new CompletableFuture<>();
        CompletableFuture<Integer> eventRetry = new CompletableFuture<>();
        app.command("/mlquiz", (req, ctx) -> {
            command.complete(req.getPayload());
            return ctx.ack("Starting a quiz");
        });
        app.blockAction(Pattern.compile("mlquiz\\..*"), (req, ctx) -> {
            action.complete(req.getPayload());
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            eventRetry.complete(ctx.getRetryNum());
            return ctx.ack();
        });

        SocketModeApp socketMode = new SocketModeApp(APP_TOKEN, app, SocketModeClient.Backend.Tyrus);
        SocketModeClient client = null;
        try {
            socketMode.startAsync();
            client = socketMode.getClient();
            assertThat(fake.awaitCall("apps.connections.open", WAIT).authorization())
                    .isEqualTo("Bearer " + APP_TOKEN);
            fake.awaitSocketConnection(WAIT);

            String commandEnvelope = fake.sendSlashCommandEnvelope(
                    SlackPayloads.slashCommand("start").user("U4", "dora").responseUrl(fake.responseUrl("socket")));
            JsonNode commandAck = fake.awaitAck(commandEnvelope, WAIT);
            assertThat(get(command).getText()).isEqualTo("start");
            assertThat(get(command).getUserId()).isEqualTo("U4");
            assertThat(commandAck.path("payload").path("text").asText()).isEqualTo("Starting a quiz");

            String actionEnvelope = fake.sendInteractiveEnvelope(SlackPayloads.blockAction("mlquiz.next", "q2"));
            JsonNode actionAck = fake.awaitAck(actionEnvelope, WAIT);
            assertThat(get(action).getActions().get(0).getActionId()).isEqualTo("mlquiz.next");
            assertThat(actionAck.path("envelope_id").asText()).isEqualTo(actionEnvelope);
            assertThat(actionAck.has("payload")).isFalse(); // ctx.ack() without a body

            String eventEnvelope = fake.sendEventsApiEnvelope(SlackPayloads.appHomeOpened("U4"), 2);
            fake.awaitAck(eventEnvelope, WAIT);
            assertThat(get(eventRetry)).isEqualTo(2);
            assertThat(fake.strayRequests()).isEmpty();
        } finally {
            socketMode.close();
            if (client != null) {
                client.close(); // SocketModeApp.close() leaves the client's executors running
            }
        }
    }
}
