package dev.mlquiz.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * An offline stand-in for Slack: the Web API ({@code /api/<method>}), {@code response_url}s
 * ({@code /respond/<name>}) and a Socket Mode WebSocket server, all on 127.0.0.1 with ephemeral ports.
 *
 * <p>Point Bolt at it with {@link #slackConfig()} ({@code Slack.getInstance(fake.slackConfig())}). Every request is
 * captured; the {@code await*} methods wait on a condition (no polling) and fail with an {@link AssertionError}
 * listing what was captured.
 *
 * <p>Workspace: team {@value SlackPayloads#TEAM_ID} "{@value #TEAM_NAME}", bot user {@value #BOT_USER_ID}, bot
 * {@value #BOT_ID}.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String BOT_USER_ID = "UBOT";
    public static final String BOT_ID = "B1";
    public static final String TEAM_NAME = "Test Team";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final long TS_EPOCH_SECONDS = 1_700_000_000L;

    private final HttpServer http;
    private final ExecutorService httpExecutor;
    private final Object lock = new Object();

    // guarded by lock
    private final List<ApiCall> calls = new ArrayList<>();
    private final List<ResponseUrlCall> responses = new ArrayList<>();
    private final List<StrayRequest> strays = new ArrayList<>();
    private final List<SocketMessage> socketMessages = new ArrayList<>();
    private final List<WebSocket> openSockets = new ArrayList<>();
    private final List<PostedMessage> posted = new ArrayList<>();
    /** Files by id: their bytes once uploaded, and the channel they were shared to once completed. */
    private final Map<String, byte[]> uploads = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> uploadNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<SharedFile> shared = new ArrayList<>();

    /** A file {@code files.completeUploadExternal} shared: its name, bytes (also as UTF-8 text) and channel. */
    public record SharedFile(String name, String content, String channel, byte[] bytes) {}

    private int socketConnectionsOpened;

    private final Map<String, Function<ApiCall, Reply>> stubs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Reply>> onceStubs = new ConcurrentHashMap<>();
    private final Set<String> invalidTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> channelNames = new ConcurrentHashMap<>();
    private final Set<String> channelsWithoutBot = ConcurrentHashMap.newKeySet();
    /** OAuth codes not yet exchanged, and the workspace each installs. */
    private final Map<String, FakeWorkspace> installCodes = new ConcurrentHashMap<>();
    /** Installed workspaces by their bot token: what {@code auth.test} answers for it. */
    private final Map<String, FakeWorkspace> workspacesByToken = new ConcurrentHashMap<>();
    /** "channel/ts" of the messages someone deleted. */
    private final Set<String> deletedMessages = ConcurrentHashMap.newKeySet();

    private final AtomicLong tsCounter = new AtomicLong();
    private final AtomicInteger viewCounter = new AtomicInteger();

    private volatile LinkServer link; // started on first use
    private volatile CountDownLatch responseUrlGate = new CountDownLatch(0);
    private volatile CountDownLatch viewsOpenGate = new CountDownLatch(0);

    public FakeSlack() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind the fake Slack HTTP server", e);
        }
        httpExecutor = Executors.newCachedThreadPool(daemon("fake-slack-http"));
        http.setExecutor(httpExecutor);
        http.createContext("/api/", this::handleApi);
        http.createContext("/respond/", this::handleResponseUrl);
        http.createContext("/upload/", this::handleUpload);
        http.createContext("/", this::handleStray);
        http.start();
    }

    // ================================================================== configuration

    /** {@code http://127.0.0.1:P/api/}, for {@code SlackConfig.setMethodsEndpointUrlPrefix}. */
    public String apiUrl() {
        return baseUrl() + "api/";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    /**
     * A fresh {@link SlackConfig} whose every endpoint is this fake and which ignores proxy settings (system
     * properties {@code http.proxyHost} and env {@code HTTPS_PROXY}/{@code HTTP_PROXY} would otherwise be used).
     */
    public SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setProxyUrl(null);
        config.setMethodsEndpointUrlPrefix(apiUrl());
        config.setAuditEndpointUrlPrefix(baseUrl() + "audit/v1/");
        config.setScimEndpointUrlPrefix(baseUrl() + "scim/v1/");
        config.setScim2EndpointUrlPrefix(baseUrl() + "scim/v2/");
        config.setStatusEndpointUrlPrefix(baseUrl() + "status/v2/");
        config.setLegacyStatusEndpointUrlPrefix(baseUrl() + "status/v1/");
        config.setStatsEnabled(false);
        config.setHttpClientCallTimeoutMillis(10_000);
        return config;
    }

    /** {@code http://127.0.0.1:P/respond/<name>}: a {@code response_url} whose POSTs are captured under name. */
    public String responseUrl(String name) {
        return baseUrl() + "respond/" + name;
    }

    /** Any call made with this token gets {@code {"ok":false,"error":"invalid_auth"}}. */
    public FakeSlack invalidToken(String token) {
        invalidTokens.add(token);
        return this;
    }

    /** Replaces the response to a method until {@link #unstub}/{@link #resetStubs}; the call is still captured. */
    public FakeSlack stub(String method, Function<ApiCall, Reply> responder) {
        stubs.put(method, responder);
        return this;
    }

    public FakeSlack stub(String method, String json) {
        return stub(method, call -> Reply.json(json));
    }

    /** E.g. {@code stubError("chat.postMessage", "not_in_channel")}. */
    public FakeSlack stubError(String method, String error) {
        return stub(method, call -> Reply.error(error));
    }

    /** Answers the next call to method with reply, then falls back to stubs/defaults. Queues if called again. */
    public FakeSlack stubOnce(String method, Reply reply) {
        onceStubs.computeIfAbsent(method, m -> new ArrayDeque<>()).add(reply);
        return this;
    }

    public FakeSlack unstub(String method) {
        stubs.remove(method);
        onceStubs.remove(method);
        return this;
    }

    public FakeSlack resetStubs() {
        stubs.clear();
        onceStubs.clear();
        return this;
    }

    /**
     * An installer approved the app in workspace: {@code oauth.v2.access} with code answers its installation
     * once (a code is single-use), and from then {@code auth.test} with its bot token names that workspace.
     */
    public FakeSlack installable(String code, FakeWorkspace workspace) {
        installCodes.put(code, workspace);
        workspacesByToken.put(workspace.botToken(), workspace);
        return this;
    }

    /** What {@code users.info} answers for user.id(); unknown users are normal members. */
    public FakeSlack putUser(FakeUser user) {
        users.put(user.id(), user);
        return this;
    }

    public FakeSlack putUser(String userId, boolean admin, boolean owner) {
        return putUser(FakeUser.member(userId).withAdmin(admin).withOwner(owner));
    }

    /** What {@code conversations.info} answers as the channel name (default {@code channel-<id>}). */
    public FakeSlack putChannel(String channelId, String name) {
        channelNames.put(channelId, name);
        return this;
    }

    /** The bot is no member of the channel: {@code chat.postMessage}, {@code chat.update} and file shares there fail. */
    public FakeSlack withoutBot(String channelId) {
        channelsWithoutBot.add(channelId);
        return this;
    }

    /**
     * Someone deletes the message: {@code chat.update} of it answers {@code message_not_found}. Updates of
     * messages the fake never saw posted (such as a slash command's reply) still succeed.
     */
    public FakeSlack deleteMessage(String channelId, String ts) {
        deletedMessages.add(channelId + "/" + ts);
        return this;
    }

    // ================================================================== captured Web API calls

    /** The messages {@code chat.postMessage} created in the channel, oldest first, with the ts each got. */
    public List<PostedMessage> postedIn(String channelId) {
        synchronized (lock) {
            return posted.stream()
                    .filter(m -> channelId.equals(m.call().param("channel")))
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    public List<ApiCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    public List<ApiCall> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equals(method)).collect(Collectors.toUnmodifiableList());
        }
    }

    public ApiCall awaitCall(String method) {
        return awaitCall(method, c -> true, DEFAULT_TIMEOUT);
    }

    public ApiCall awaitCall(String method, Duration timeout) {
        return awaitCall(method, c -> true, timeout);
    }

    /** The first captured call (past or future) to method matching condition. */
    public ApiCall awaitCall(String method, Predicate<? super ApiCall> condition, Duration timeout) {
        return await(
                "a " + method + " call matching the condition",
                () -> calls,
                c -> c.method().equals(method) && condition.test(c),
                timeout,
                () -> describe("Web API calls", calls));
    }

    /**
     * Forgets captured calls, posted messages, response_url posts, strays and socket messages (not stubs, users,
     * tokens or deleted messages).
     */
    public void clear() {
        synchronized (lock) {
            calls.clear();
            posted.clear();
            responses.clear();
            strays.clear();
            socketMessages.clear();
        }
    }

    /** Requests to paths that are neither {@code /api/} nor {@code /respond/} (answered 404). */
    public List<StrayRequest> strayRequests() {
        synchronized (lock) {
            return List.copyOf(strays);
        }
    }

    // ================================================================== response_url

    public List<ResponseUrlCall> responses() {
        synchronized (lock) {
            return List.copyOf(responses);
        }
    }

    public List<ResponseUrlCall> responses(String name) {
        synchronized (lock) {
            return responses.stream().filter(r -> r.name().equals(name)).collect(Collectors.toUnmodifiableList());
        }
    }

    public ResponseUrlCall awaitResponse(String name) {
        return awaitResponse(name, r -> true, DEFAULT_TIMEOUT);
    }

    public ResponseUrlCall awaitResponse(String name, Duration timeout) {
        return awaitResponse(name, r -> true, timeout);
    }

    public ResponseUrlCall awaitResponse(String name, Predicate<? super ResponseUrlCall> condition, Duration timeout) {
        return await(
                "a POST to " + responseUrl(name) + " matching the condition",
                () -> responses,
                r -> r.name().equals(name) && condition.test(r),
                timeout,
                () -> describe("response_url posts", responses));
    }

    /** From now on views.open is captured at once but answered only after {@link #releaseViewsOpen}. */
    public FakeSlack holdViewsOpen() {
        viewsOpenGate = new CountDownLatch(1);
        return this;
    }

    public FakeSlack releaseViewsOpen() {
        viewsOpenGate.countDown();
        return this;
    }

    private static void awaitGate(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From now on a response_url post is captured at once but answered only after {@link #releaseResponseUrls}. */
    public FakeSlack holdResponseUrls() {
        responseUrlGate = new CountDownLatch(1);
        return this;
    }

    public FakeSlack releaseResponseUrls() {
        responseUrlGate.countDown();
        return this;
    }

    private void awaitResponseUrlsReleased() {
        awaitGate(responseUrlGate);
    }

    // ================================================================== Socket Mode

    /** {@code ws://127.0.0.1:W/link}, what {@code apps.connections.open} hands out (starts the server). */
    public String socketModeUrl() {
        return "ws://127.0.0.1:" + link().getPort() + "/link";
    }

    /** Connections accepted so far (a reconnect after {@link #sendDisconnect} makes it 2). */
    public int socketConnectionsOpened() {
        synchronized (lock) {
            return socketConnectionsOpened;
        }
    }

    public void awaitSocketConnection(Duration timeout) {
        await(
                "an open Socket Mode connection",
                () -> openSockets,
                s -> true,
                timeout,
                () -> "connections opened so far: " + socketConnectionsOpened);
    }

    /** A {@code slash_commands} envelope ({@code accepts_response_payload: true}); returns its envelope_id. */
    public String sendSlashCommandEnvelope(SlackPayloads.SlashCommand command) {
        return sendSlashCommandEnvelope(command.json());
    }

    public String sendSlashCommandEnvelope(String payloadJson) {
        return sendEnvelope("slash_commands", payloadJson, true, null, null);
    }

    /** An {@code interactive} envelope ({@code accepts_response_payload: false}, as for block_actions). */
    public String sendInteractiveEnvelope(SlackPayloads.BlockAction action) {
        return sendInteractiveEnvelope(action.json());
    }

    public String sendInteractiveEnvelope(String payloadJson) {
        return sendEnvelope("interactive", payloadJson, false, null, null);
    }

    /** An {@code events_api} envelope; retry_reason is {@code ""} for attempt 0 and {@code timeout} after. */
    public String sendEventsApiEnvelope(SlackPayloads.EventCallback event, int retryAttempt) {
        return sendEventsApiEnvelope(event.json(), retryAttempt);
    }

    public String sendEventsApiEnvelope(String eventCallbackJson, int retryAttempt) {
        return sendEventsApiEnvelope(eventCallbackJson, retryAttempt, retryAttempt == 0 ? "" : "timeout");
    }

    public String sendEventsApiEnvelope(String eventCallbackJson, int retryAttempt, String retryReason) {
        return sendEnvelope("events_api", eventCallbackJson, false, retryAttempt, retryReason);
    }

    /**
     * Sends {@code {"envelope_id", "payload", "type", "accepts_response_payload"[, "retry_attempt",
     * "retry_reason"]}} on the newest open connection (waiting up to {@link #DEFAULT_TIMEOUT} for one).
     */
    public String sendEnvelope(
            String type, String payloadJson, boolean acceptsResponsePayload, Integer retryAttempt, String retryReason) {
        String envelopeId = UUID.randomUUID().toString();
        ObjectNode envelope = SlackPayloads.JSON.createObjectNode();
        envelope.put("envelope_id", envelopeId);
        envelope.set("payload", SlackPayloads.parse(payloadJson));
        envelope.put("type", type);
        envelope.put("accepts_response_payload", acceptsResponsePayload);
        if (retryAttempt != null) {
            envelope.put("retry_attempt", retryAttempt);
        }
        if (retryReason != null) {
            envelope.put("retry_reason", retryReason);
        }
        sendRaw(SlackPayloads.write(envelope));
        return envelopeId;
    }

    /** {@code {"type":"disconnect","reason":...}}: Bolt calls apps.connections.open again and reconnects. */
    public void sendDisconnect(String reason) {
        ObjectNode msg = SlackPayloads.JSON.createObjectNode();
        msg.put("type", "disconnect");
        msg.put("reason", reason);
        ObjectNode debug = msg.putObject("debug_info");
        debug.put("host", "applink-fake");
        sendRaw(SlackPayloads.write(msg));
    }

    /** Sends any text frame on the newest open connection. */
    public void sendRaw(String text) {
        link(); // make sure it exists
        awaitSocketConnection(DEFAULT_TIMEOUT);
        WebSocket socket;
        synchronized (lock) {
            socket = openSockets.get(openSockets.size() - 1);
        }
        socket.send(text);
    }

    /** Everything the client sent as text frames (acks included), oldest first. */
    public List<SocketMessage> socketMessages() {
        synchronized (lock) {
            return List.copyOf(socketMessages);
        }
    }

    public JsonNode awaitAck(String envelopeId) {
        return awaitAck(envelopeId, DEFAULT_TIMEOUT);
    }

    /** The ack Bolt sent for the envelope: {@code {"envelope_id":...}} plus {@code "payload"} if the ack had a body. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) {
        return await(
                        "an ack for envelope " + envelopeId,
                        () -> socketMessages,
                        m -> m.json() != null
                                && envelopeId.equals(
                                        m.json().path("envelope_id").asText(null)),
                        timeout,
                        () -> describe("socket messages from the client", socketMessages))
                .json();
    }

    // ================================================================== lifecycle

    @Override
    public void close() {
        releaseResponseUrls();
        LinkServer l = link;
        if (l != null) {
            try {
                l.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.stop(0);
        httpExecutor.shutdownNow();
    }

    // ================================================================== HTTP handling

    private void handleApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String body = readBody(exchange);
            Map<String, String> params =
                    new LinkedHashMap<>(parseForm(exchange.getRequestURI().getRawQuery()));
            JsonNode json;
            if (contentType != null && contentType.startsWith("application/json") && !body.isBlank()) {
                json = SlackPayloads.parse(body);
                json.properties().forEach(e -> {
                    if (e.getValue().isValueNode()) {
                        params.putIfAbsent(e.getKey(), e.getValue().asText());
                    }
                });
            } else {
                if (contentType == null || contentType.startsWith("application/x-www-form-urlencoded")) {
                    params.putAll(parseForm(body));
                }
                ObjectNode node = SlackPayloads.JSON.createObjectNode();
                params.forEach(node::put);
                json = node;
            }
            ApiCall call = new ApiCall(
                    method,
                    Collections.unmodifiableMap(params),
                    json,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    contentType,
                    body);
            record(calls, call);
            Reply reply;
            try {
                reply = reply(call);
            } catch (RuntimeException e) {
                reply = new Reply(500, "{\"ok\":false,\"error\":\"fake_slack_failure: " + e + "\"}", Map.of());
            }
            send(exchange, reply.status(), "application/json; charset=utf-8", reply.body(), reply.headers());
        }
    }

    /** The upload URL files.getUploadURLExternal hands out: the raw bytes of one file. */
    private void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            uploads.put(fileId, bytes);
            send(exchange, 200, "text/plain", "OK - " + bytes.length, Map.of());
        }
    }

    /** The first file shared (past or future) in the channel by {@code files.completeUploadExternal}. */
    public SharedFile awaitShared(String channelId, Duration timeout) {
        return await(
                "a file shared in " + channelId,
                () -> shared,
                file -> file.channel().equals(channelId),
                timeout,
                () -> describe("Web API calls", calls));
    }

    /** Files shared in a channel by {@code files.completeUploadExternal}, oldest first. */
    public List<SharedFile> sharedIn(String channelId) {
        synchronized (lock) {
            return shared.stream()
                    .filter(file -> file.channel().equals(channelId))
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/respond/".length());
            String body = readBody(exchange);
            JsonNode json = null;
            try {
                json = SlackPayloads.parse(body);
            } catch (IllegalArgumentException notJson) {
                // kept as raw text
            }
            record(responses, new ResponseUrlCall(name, json, body));
            awaitResponseUrlsReleased();
            send(exchange, 200, "text/html", "ok", Map.of());
        }
    }

    private void handleStray(HttpExchange exchange) throws IOException {
        try (exchange) {
            record(
                    strays,
                    new StrayRequest(
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().toString(),
                            readBody(exchange)));
            send(exchange, 404, "text/plain", "not a fake Slack endpoint", Map.of());
        }
    }

    private Reply reply(ApiCall call) {
        String method = call.method();
        Deque<Reply> once = onceStubs.get(method);
        if (once != null) {
            Reply r;
            synchronized (once) {
                r = once.poll();
            }
            if (r != null) {
                return r;
            }
        }
        Function<ApiCall, Reply> stub = stubs.get(method);
        if (stub != null) {
            return stub.apply(call);
        }
        if (method.equals("oauth.v2.access")) {
            return oauthV2Access(call);
        }
        String token = call.token();
        if (token == null) {
            return Reply.error("not_authed");
        }
        if (invalidTokens.contains(token)) {
            return Reply.error("invalid_auth");
        }
        ObjectNode ok = SlackPayloads.JSON.createObjectNode();
        ok.put("ok", true);
        switch (method) {
            case "auth.test":
                if (workspacesByToken.containsKey(token)) {
                    return workspacesByToken.get(token).authTest(ok);
                }
                ok.put("url", "https://" + SlackPayloads.TEAM_DOMAIN + ".slack.com/");
                ok.put("team", TEAM_NAME);
                ok.put("user", "mlquiz");
                ok.put("team_id", SlackPayloads.TEAM_ID);
                ok.put("user_id", BOT_USER_ID);
                ok.put("bot_id", BOT_ID);
                ok.put("is_enterprise_install", false);
                return new Reply(
                        200, SlackPayloads.write(ok), Map.of("x-oauth-scopes", "commands,chat:write,users:read"));
            case "apps.connections.open":
                if (!token.startsWith("xapp-")) {
                    return Reply.error("not_allowed_token_type");
                }
                ok.put("url", socketModeUrl());
                return Reply.json(ok);
            case "chat.postMessage":
                return postMessage(call, ok);
            case "files.getUploadURLExternal":
                if (call.param("filename") == null || call.param("length") == null) {
                    return Reply.error("invalid_arguments");
                }
                String fileId = "F" + nextTs().replace(".", "");
                uploadNames.put(fileId, call.param("filename"));
                ok.put("upload_url", baseUrl() + "upload/" + fileId);
                ok.put("file_id", fileId);
                return Reply.json(ok);
            case "files.completeUploadExternal":
                // Slack shares a file only where the bot is a member (chat:write.public covers messages alone).
                if (channelsWithoutBot.contains(call.param("channel_id"))) {
                    return Reply.error("not_in_channel");
                }
                JsonNode files = SlackPayloads.parse(call.param("files"));
                ArrayNode done = ok.putArray("files");
                for (JsonNode file : files) {
                    String id = file.path("id").asText();
                    byte[] bytes = uploads.get(id);
                    if (bytes == null) {
                        return Reply.error("file_not_found");
                    }
                    record(
                            shared,
                            new SharedFile(
                                    uploadNames.get(id),
                                    new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                                    call.param("channel_id"),
                                    bytes));
                    done.addObject()
                            .put("id", id)
                            .put("title", file.path("title").asText());
                }
                return Reply.json(ok);
            case "conversations.open":
                if (call.param("users") == null) {
                    return Reply.error("users_list_not_supplied");
                }
                // A direct message's id: D and the user's id, so a test knows where to look.
                ok.putObject("channel").put("id", "D" + call.param("users"));
                return Reply.json(ok);
            case "chat.postEphemeral":
                if (call.param("channel") == null) {
                    return Reply.error("channel_not_found");
                }
                if (call.param("user") == null) {
                    return Reply.error("user_not_found");
                }
                ok.put("message_ts", nextTs());
                return Reply.json(ok);
            case "chat.update":
                return update(call, ok);
            case "views.publish":
                return viewsPublish(call, ok);
            case "views.open":
                return viewsOpen(call, ok);
            case "users.info":
                String userId = call.param("user");
                if (userId == null) {
                    return Reply.error("user_not_found");
                }
                ok.set(
                        "user",
                        users.getOrDefault(userId, FakeUser.member(userId)).toJson());
                return Reply.json(ok);
            case "conversations.info":
                return conversationsInfo(call, ok);
            default:
                return Reply.error("unknown_method");
        }
    }

    /** Client credentials come as form fields or as HTTP Basic authorization; both are accepted. */
    private Reply oauthV2Access(ApiCall call) {
        String code = call.param("code");
        FakeWorkspace workspace = code == null ? null : installCodes.remove(code);
        if (workspace == null) {
            return Reply.error("invalid_code");
        }
        ObjectNode ok = SlackPayloads.JSON.createObjectNode();
        ok.put("ok", true);
        ok.put("access_token", workspace.botToken());
        ok.put("token_type", "bot");
        ok.put("scope", "commands,chat:write,chat:write.public,users:read");
        ok.put("bot_user_id", workspace.botUserId());
        ok.put("app_id", SlackPayloads.API_APP_ID);
        ok.putObject("team").put("id", workspace.teamId()).put("name", workspace.teamName());
        ok.putNull("enterprise");
        ok.put("is_enterprise_install", false);
        ok.putObject("authed_user").put("id", "UINSTALLER");
        return Reply.json(ok);
    }

    private Reply postMessage(ApiCall call, ObjectNode ok) {
        String channel = call.param("channel");
        if (channel == null || channel.isEmpty()) {
            return Reply.error("channel_not_found");
        }
        if (channelsWithoutBot.contains(channel)) {
            return Reply.error("not_in_channel");
        }
        if (call.param("text") == null && call.param("blocks") == null && call.param("attachments") == null) {
            return Reply.error("no_text");
        }
        String ts = nextTs();
        record(posted, new PostedMessage(ts, call));
        ok.put("channel", channel);
        ok.put("ts", ts);
        ObjectNode message = ok.putObject("message");
        message.put("type", "message");
        message.put("user", BOT_USER_ID);
        message.put("bot_id", BOT_ID);
        message.put("app_id", SlackPayloads.API_APP_ID);
        message.put("text", call.param("text") == null ? "" : call.param("text"));
        message.put("ts", ts);
        message.put("team", SlackPayloads.TEAM_ID);
        if (call.param("thread_ts") != null) {
            message.put("thread_ts", call.param("thread_ts"));
        }
        JsonNode blocks = call.jsonParam("blocks");
        if (blocks != null) {
            message.set("blocks", blocks);
        }
        return Reply.json(ok);
    }

    private Reply update(ApiCall call, ObjectNode ok) {
        String channel = call.param("channel");
        String ts = call.param("ts");
        if (channel == null) {
            return Reply.error("channel_not_found");
        }
        if (channelsWithoutBot.contains(channel)) {
            return Reply.error("not_in_channel");
        }
        if (ts == null || deletedMessages.contains(channel + "/" + ts)) {
            return Reply.error("message_not_found");
        }
        String text = call.param("text") == null ? "" : call.param("text");
        ok.put("channel", channel);
        ok.put("ts", ts);
        ok.put("text", text);
        ObjectNode message = ok.putObject("message");
        message.put("type", "message");
        message.put("user", BOT_USER_ID);
        message.put("bot_id", BOT_ID);
        message.put("text", text);
        message.put("team", SlackPayloads.TEAM_ID);
        JsonNode blocks = call.jsonParam("blocks");
        if (blocks != null) {
            message.set("blocks", blocks);
        }
        return Reply.json(ok);
    }

    private Reply viewsPublish(ApiCall call, ObjectNode ok) {
        if (call.param("user_id") == null) {
            return Reply.error("invalid_arguments");
        }
        return withView(call, ok);
    }

    /** A modal opens only with a trigger_id (Slack's expire in 3 seconds; the fake's never do). */
    private Reply viewsOpen(ApiCall call, ObjectNode ok) {
        awaitGate(viewsOpenGate);
        if (call.param("trigger_id") == null) {
            return Reply.error("invalid_trigger_id");
        }
        return withView(call, ok);
    }

    /** The view as Slack answers it: the one sent, with its id, hash and an empty state. */
    private Reply withView(ApiCall call, ObjectNode ok) {
        JsonNode view = call.jsonParam("view");
        if (!(view instanceof ObjectNode)) {
            return Reply.error("invalid_arguments");
        }
        ObjectNode v = ((ObjectNode) view).deepCopy();
        int n = viewCounter.incrementAndGet();
        v.put("id", String.format("V%08d", n));
        v.put("team_id", SlackPayloads.TEAM_ID);
        v.put("app_id", SlackPayloads.API_APP_ID);
        v.put("bot_id", BOT_ID);
        v.put("hash", "1700000000.fake" + n);
        v.putObject("state").putObject("values");
        ok.set("view", v);
        return Reply.json(ok);
    }

    private Reply conversationsInfo(ApiCall call, ObjectNode ok) {
        String id = call.param("channel");
        if (id == null) {
            return Reply.error("channel_not_found");
        }
        boolean im = id.startsWith("D");
        ObjectNode channel = ok.putObject("channel");
        channel.put("id", id);
        if (!im) {
            channel.put("name", channelNames.getOrDefault(id, "channel-" + id.toLowerCase()));
        }
        channel.put("is_channel", !im && !id.startsWith("G"));
        channel.put("is_group", false);
        channel.put("is_im", im);
        channel.put("is_private", id.startsWith("G"));
        channel.put("is_archived", false);
        channel.put("is_general", false);
        channel.put("is_member", true);
        channel.put("created", TS_EPOCH_SECONDS);
        return Reply.json(ok);
    }

    /** "1700000000.000100", "1700000000.000200", ...: unique, increasing, shaped like Slack's. */
    private String nextTs() {
        long micros = tsCounter.addAndGet(100);
        return String.format("%d.%06d", TS_EPOCH_SECONDS + micros / 1_000_000, micros % 1_000_000);
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(
            HttpExchange exchange, int status, String contentType, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> parseForm(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    // ================================================================== waiting

    private <T> void record(List<T> list, T item) {
        synchronized (lock) {
            list.add(item);
            lock.notifyAll();
        }
    }

    private <T> T await(
            String what,
            Supplier<List<T>> guardedList,
            Predicate<? super T> condition,
            Duration timeout,
            Supplier<String> captured) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (T item : guardedList.get()) {
                    if (condition.test(item)) {
                        return item;
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what + "\n"
                            + captured.get());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    private static String describe(String title, List<?> items) {
        if (items.isEmpty()) {
            return "Captured " + title + ": none";
        }
        StringBuilder sb = new StringBuilder("Captured " + title + " (" + items.size() + "):");
        for (Object item : items) {
            sb.append("\n  - ").append(item);
        }
        return sb.toString();
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private LinkServer link() {
        LinkServer l = link;
        if (l == null) {
            synchronized (this) {
                l = link;
                if (l == null) {
                    l = new LinkServer();
                    l.startAndWait();
                    link = l;
                }
            }
        }
        return l;
    }

    /** The Socket Mode WebSocket endpoint. */
    private final class LinkServer extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);
        private volatile Exception startFailure;

        LinkServer() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        void startAndWait() {
            start();
            try {
                if (!started.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("fake Socket Mode server did not start", startFailure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (startFailure != null) {
                throw new IllegalStateException("fake Socket Mode server did not start", startFailure);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            synchronized (lock) {
                openSockets.add(conn);
                socketConnectionsOpened++;
                lock.notifyAll();
            }
            ObjectNode hello = SlackPayloads.JSON.createObjectNode();
            hello.put("type", "hello");
            hello.put("num_connections", 1);
            ObjectNode debug = hello.putObject("debug_info");
            debug.put("host", "applink-fake");
            debug.put("build_number", 1);
            debug.put("approximate_connection_time", 18060);
            hello.putObject("connection_info").put("app_id", SlackPayloads.API_APP_ID);
            conn.send(SlackPayloads.write(hello));
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            synchronized (lock) {
                openSockets.remove(conn);
                lock.notifyAll();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode json = null;
            try {
                json = SlackPayloads.parse(message);
            } catch (IllegalArgumentException notJson) {
                // kept as raw text
            }
            record(socketMessages, new SocketMessage(json, message));
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                startFailure = ex;
                started.countDown();
            }
        }
    }

    // ================================================================== value types

    /** One captured Web API request. {@code json} is the JSON body, or the form/query params as a JSON object. */
    public record ApiCall(
            String method,
            Map<String, String> params,
            JsonNode json,
            String authorization,
            String contentType,
            String rawBody) {

        /** A form/query param, or a top-level scalar of a JSON body. */
        public String param(String name) {
            return params.get(name);
        }

        /** A param that itself holds JSON, like {@code blocks} or {@code view}; null if absent. */
        public JsonNode jsonParam(String name) {
            JsonNode direct = json.get(name);
            if (direct != null && direct.isContainerNode()) {
                return direct;
            }
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return SlackPayloads.parse(value);
            } catch (IllegalArgumentException notJson) {
                return null;
            }
        }

        /** The bearer token, else a {@code token} param. */
        public String token() {
            if (authorization != null && authorization.startsWith("Bearer ")) {
                return authorization.substring("Bearer ".length());
            }
            return params.get("token");
        }

        @Override
        public String toString() {
            return method + " " + params + (authorization == null ? "" : " [" + authorization + "]");
        }
    }

    /** A message {@code chat.postMessage} created: the ts Slack gave it, and the call that posted it. */
    public record PostedMessage(String ts, ApiCall call) {}

    /** A POST to a {@code response_url}; {@code json} is null if the body was not JSON. */
    public record ResponseUrlCall(String name, JsonNode json, String rawBody) {
        public String text() {
            return json == null ? null : json.path("text").asText(null);
        }

        @Override
        public String toString() {
            return name + " " + rawBody;
        }
    }

    /** A text frame the Socket Mode client sent; {@code json} is null if it was not JSON. */
    public record SocketMessage(JsonNode json, String raw) {
        @Override
        public String toString() {
            return raw;
        }
    }

    public record StrayRequest(String method, String uri, String body) {}

    /** What a Web API method answers. */
    public record Reply(int status, String body, Map<String, String> headers) {
        public Reply {
            Objects.requireNonNull(body);
            headers = Map.copyOf(headers);
        }

        public static Reply json(String json) {
            return new Reply(200, json, Map.of());
        }

        static Reply json(JsonNode json) {
            return json(SlackPayloads.write(json));
        }

        /** {@code {"ok":false,"error":...}} with HTTP 200, as Slack does. */
        public static Reply error(String error) {
            ObjectNode node = SlackPayloads.JSON.createObjectNode();
            node.put("ok", false);
            node.put("error", error);
            return json(node);
        }

        /** HTTP 429 with {@code Retry-After}. */
        public static Reply rateLimited(int retryAfterSeconds) {
            return new Reply(
                    429,
                    "{\"ok\":false,\"error\":\"ratelimited\"}",
                    Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
        }
    }

    /** A workspace member as {@code users.info} describes it. */
    /** A workspace that installs the app through OAuth, with the bot token Slack grants it. */
    public record FakeWorkspace(String teamId, String teamName, String botToken, String botUserId, String botId) {
        Reply authTest(ObjectNode ok) {
            ok.put("url", "https://" + teamId.toLowerCase(java.util.Locale.ROOT) + ".slack.com/");
            ok.put("team", teamName);
            ok.put("user", "mlquiz");
            ok.put("team_id", teamId);
            ok.put("user_id", botUserId);
            ok.put("bot_id", botId);
            ok.put("is_enterprise_install", false);
            return new Reply(200, SlackPayloads.write(ok), Map.of("x-oauth-scopes", "commands,chat:write,users:read"));
        }
    }

    public record FakeUser(String id, String name, String realName, String displayName, boolean admin, boolean owner) {

        /** A normal member: {@code name} is {@code user_<id>}. */
        public static FakeUser member(String id) {
            String lower = id.toLowerCase();
            return new FakeUser(id, "user_" + lower, "User " + id, "user-" + lower, false, false);
        }

        public FakeUser withAdmin(boolean admin) {
            return new FakeUser(id, name, realName, displayName, admin, owner);
        }

        public FakeUser withOwner(boolean owner) {
            return new FakeUser(id, name, realName, displayName, admin, owner);
        }

        public FakeUser withNames(String name, String realName, String displayName) {
            return new FakeUser(id, name, realName, displayName, admin, owner);
        }

        ObjectNode toJson() {
            ObjectNode u = SlackPayloads.JSON.createObjectNode();
            u.put("id", id);
            u.put("team_id", SlackPayloads.TEAM_ID);
            u.put("name", name);
            u.put("deleted", false);
            u.put("real_name", realName);
            u.put("tz", "Europe/London");
            u.put("tz_label", "Greenwich Mean Time");
            u.put("tz_offset", 0);
            u.put("is_admin", admin);
            u.put("is_owner", owner);
            u.put("is_primary_owner", false);
            u.put("is_restricted", false);
            u.put("is_ultra_restricted", false);
            u.put("is_bot", false);
            u.put("is_app_user", false);
            u.put("updated", TS_EPOCH_SECONDS);
            ObjectNode profile = u.putObject("profile");
            profile.put("real_name", realName);
            profile.put("real_name_normalized", realName);
            profile.put("display_name", displayName);
            profile.put("display_name_normalized", displayName);
            profile.put("team", SlackPayloads.TEAM_ID);
            return u;
        }
    }
}
