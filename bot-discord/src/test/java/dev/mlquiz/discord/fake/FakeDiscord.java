package dev.mlquiz.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process fake of the Discord REST API (JDK {@link HttpServer}) and gateway (Java-WebSocket server) that the
 * real JDA 6 client can log in to, offline.
 *
 * <p>After IDENTIFY the gateway sends READY and a GUILD_CREATE with one guild ({@link #guildId()}) holding a text
 * channel ({@link #channelId()}) and those added with {@link Config#channel}, so {@code
 * jda.getChannelById(GuildMessageChannel.class, channelId)} works after {@code awaitReady()}. {@link #denyBot} and
 * {@link #deleteChannel} change channels while JDA runs. Tests dispatch interactions with {@link #slashCommand}, {@link #buttonClick} and {@link
 * #autocomplete}, and assert on the REST requests JDA makes ({@link #requests()}, {@link #awaitRequest}).
 *
 * <p>Member permissions: the guild's @everyone role has no permissions; for an interaction with permission bitfield
 * {@code p != 0} the fake first dispatches a GUILD_ROLE_CREATE for a role holding exactly {@code p} and gives the member
 * that role, so {@code member.hasPermission(...)} in JDA (which computes from cached roles, not from the payload's
 * {@code permissions} string) sees exactly {@code p}.
 *
 * <p>Messages the bot creates or edits (interaction replies, followups, channel messages) are kept in a small store, so
 * GET/PATCH of {@code @original} and button clicks on a stored message return realistic JSON.
 */
public final class FakeDiscord implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeDiscord.class);

    public static final String DEFAULT_TOKEN = "test-token";
    public static final String BOT_USER_ID = "100";
    public static final String BOT_USER_NAME = "mlquiz-bot";
    public static final String APPLICATION_ID = BOT_USER_ID;
    public static final String DEFAULT_GUILD_ID = "1000";
    public static final String DEFAULT_CHANNEL_ID = "2000";
    public static final String DEFAULT_CHANNEL_NAME = "general";
    /** Owner of the fake guild; a user with this id has all permissions in JDA. */
    public static final String GUILD_OWNER_ID = "999";

    public static final long PERMISSION_ADMINISTRATOR = 1L << 3;
    public static final long PERMISSION_MANAGE_SERVER = 1L << 5;
    /** View channel, send, embed links, attach files, read history, add reactions, external emoji, send in threads. */
    public static final long DEFAULT_BOT_PERMISSIONS =
            (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16) | (1L << 6) | (1L << 18) | (1L << 38);

    public static final int FLAG_EPHEMERAL = 1 << 6;
    public static final int FLAG_LOADING = 1 << 7;

    private static final String API_PREFIX = "/api/v10/";
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Settings for {@link #start(Config)}; all optional. */
    public static final class Config {
        private String token = DEFAULT_TOKEN;
        private String guildId = DEFAULT_GUILD_ID;
        private String guildName = "Fake Guild";
        private String channelId = DEFAULT_CHANNEL_ID;
        private String channelName = DEFAULT_CHANNEL_NAME;
        private long botPermissions = DEFAULT_BOT_PERMISSIONS;
        private final Map<String, FakeChannel> extraChannels = new LinkedHashMap<>();
        private Duration readyTimeout = Duration.ofSeconds(10);
        private int recommendedShards = 1;
        private int maxConcurrency = 1;
        private String advertisedGateway;

        /** The token the fake accepts (REST "Authorization: Bot &lt;token&gt;" and gateway IDENTIFY). */
        public Config token(String token) {
            this.token = Objects.requireNonNull(token);
            return this;
        }

        public Config guildId(String guildId) {
            this.guildId = Objects.requireNonNull(guildId);
            return this;
        }

        public Config guildName(String guildName) {
            this.guildName = Objects.requireNonNull(guildName);
            return this;
        }

        public Config channelId(String channelId) {
            this.channelId = Objects.requireNonNull(channelId);
            return this;
        }

        public Config channelName(String channelName) {
            this.channelName = Objects.requireNonNull(channelName);
            return this;
        }

        /** Permissions of the bot's own role in the guild (JDA checks them before channel sends/edits). */
        public Config botPermissions(long botPermissions) {
            this.botPermissions = botPermissions;
            return this;
        }

        /**
         * Another text channel in the guild, where a permission overwrite takes {@code deniedToBot} (a permission
         * bitfield, 0 for none) from the bot's role.
         */
        public Config channel(String id, String name, long deniedToBot) {
            extraChannels.put(id, new FakeChannel(guildId, id, name, deniedToBot));
            return this;
        }

        /**
         * Another server the bot is in, with one text channel. Discord sends its events on shard {@code
         * (guildId >> 22) % total}, so {@code 4194304} (1 &lt;&lt; 22) is on shard 1 of 2 while the default
         * guild is on shard 0.
         */
        public Config guild(String guildId, String channelId) {
            extraChannels.put(channelId, new FakeChannel(guildId, channelId, DEFAULT_CHANNEL_NAME, 0L));
            return this;
        }

        /** The shard count and identify concurrency {@code GET /gateway/bot} answers (default 1 and 1). */
        public Config shards(int recommended, int maxConcurrency) {
            this.recommendedShards = recommended;
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** The gateway URL {@code GET /gateway/bot} names (default: this fake's); a client may override it. */
        public Config advertisedGateway(String url) {
            this.advertisedGateway = Objects.requireNonNull(url);
            return this;
        }

        /** How long {@link FakeDiscord#connect} waits for JDA to become ready. */
        public Config readyTimeout(Duration readyTimeout) {
            this.readyTimeout = Objects.requireNonNull(readyTimeout);
            return this;
        }
    }

    /** A canned answer for {@link #stub}. */
    public record StubResponse(int status, String body) {
        public static StubResponse json(int status, String body) {
            return new StubResponse(status, body);
        }

        /** A Discord JSON error, e.g. {@code error(404, 10062, "Unknown interaction")}. */
        public static StubResponse error(int status, int code, String message) {
            ObjectNode o = JSON.createObjectNode().put("message", message).put("code", code);
            return new StubResponse(status, o.toString());
        }
    }

    private record Stub(Predicate<CapturedRequest> when, Function<CapturedRequest, StubResponse> answer) {}

    private record BeforeAnswering(Predicate<CapturedRequest> when, Consumer<CapturedRequest> action) {}

    /** A text channel of a fake guild; {@code deniedToBot} is taken from the bot's role by an overwrite. */
    private record FakeChannel(String guildId, String id, String name, long deniedToBot) {}

    /** An IDENTIFY the gateway received: which shard of how many, and when (for identify-rate checks). */
    public record Identify(int shard, int total, long nanoTime) {}

    private record Reply(int status, String body) {
        static Reply json(JsonNode node) {
            return new Reply(200, node.toString());
        }

        static Reply noContent() {
            return new Reply(204, null);
        }

        static Reply error(int status, int code, String message) {
            return new Reply(
                    status,
                    JSON.createObjectNode()
                            .put("message", message)
                            .put("code", code)
                            .toString());
        }
    }

    private static final class InteractionState {
        final InteractionRef ref;
        final String channelId;
        final String componentMessageId; // null unless a component interaction
        final AtomicBoolean acknowledged = new AtomicBoolean();
        volatile String originalMessageId;

        InteractionState(InteractionRef ref, String channelId, String componentMessageId) {
            this.ref = ref;
            this.channelId = channelId;
            this.componentMessageId = componentMessageId;
        }
    }

    private final Config config;
    private final HttpServer http;
    private final ExecutorService httpExecutor;
    private final Gateway gateway;
    private final ScheduledExecutorService scheduler;
    private final String restBaseUrl;
    private final String gatewayUrl;

    private final List<CapturedRequest> requests = new ArrayList<>(); // guarded by itself
    private final List<Stub> stubs = new CopyOnWriteArrayList<>();
    private final List<BeforeAnswering> beforeAnswering = new CopyOnWriteArrayList<>();
    private final Map<String, FakeChannel> channels = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<JsonNode> gatewayFrames = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    /** Copies of the messages as created, oldest first; later edits change only {@link #messages}. */
    private final List<ObjectNode> created = new CopyOnWriteArrayList<>();

    private final Map<String, InteractionState> interactionsById = new ConcurrentHashMap<>();
    private final Map<String, InteractionState> interactionsByToken = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> commandsByScope = new ConcurrentHashMap<>();
    private final Map<String, String> commandIds = new ConcurrentHashMap<>();
    /** Roles made for interaction permissions, by guild id and then by permission bitfield. */
    private final Map<String, Map<Long, String>> permissionRoles = new ConcurrentHashMap<>();

    private final AtomicLong snowflakeCounter = new AtomicLong();
    private final String botRoleId;

    private FakeDiscord(Config config) throws IOException {
        this.config = config;
        this.botRoleId = snowflake();
        channels.put(config.channelId, new FakeChannel(config.guildId, config.channelId, config.channelName, 0L));
        channels.putAll(config.extraChannels);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        this.httpExecutor = Executors.newCachedThreadPool(daemonThreads("fake-discord-rest"));
        this.http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        http.createContext("/", this::handleHttp);
        http.setExecutor(httpExecutor);
        http.start();
        this.restBaseUrl = "http://127.0.0.1:" + http.getAddress().getPort() + API_PREFIX;

        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(loopback, 0));
        int wsPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        this.gatewayUrl = "ws://127.0.0.1:" + wsPort;
        this.gateway = new Gateway(channel);
        gateway.start();
        try {
            if (!gateway.started.await(5, TimeUnit.SECONDS)) {
                throw new IOException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting fake gateway", e);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("fake-discord-watchdog"));
    }

    /** Starts a fake with defaults (token {@value #DEFAULT_TOKEN}, guild 1000, text channel 2000 "general"). */
    public static FakeDiscord start() {
        return start(new Config());
    }

    public static FakeDiscord start(Config config) {
        try {
            return new FakeDiscord(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ accessors

    /** {@code http://127.0.0.1:P/api/v10/}. */
    public String restBaseUrl() {
        return restBaseUrl;
    }

    /** {@code ws://127.0.0.1:G}. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    public String expectedToken() {
        return config.token;
    }

    public String guildId() {
        return config.guildId;
    }

    public String channelId() {
        return config.channelId;
    }

    public String botUserId() {
        return BOT_USER_ID;
    }

    public String applicationId() {
        return APPLICATION_ID;
    }

    // ------------------------------------------------------------------------------------------------ JDA client

    /**
     * A {@link JDABuilder} wired to this fake: {@code createLight}, REST base URL, no compression, a session controller
     * pointing at the fake gateway, a daemon event pool (listeners do not run on the gateway thread), no shutdown hook.
     */
    public JDABuilder builder(String token) {
        JDABuilder builder = JDABuilder.createLight(token)
                .setEventPool(Executors.newCachedThreadPool(daemonThreads("fake-discord-jda-events")), true);
        configure(builder);
        return builder;
    }

    /** Points a builder someone else made (the bot's own) at this fake: REST, gateway, no compression. */
    public void configure(JDABuilder builder) {
        builder.setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
                .setCompression(Compression.NONE)
                .setSessionController(new FakeSessionController(gatewayUrl))
                .setEnableShutdownHook(false);
    }

    /**
     * What a bot's shard manager needs besides the endpoints (which the bot's settings point at {@link
     * #restBaseUrl()} and {@link #gatewayUrl()}): no compression, no shutdown hook.
     */
    public void configure(DefaultShardManagerBuilder builder) {
        builder.setCompression(Compression.NONE).setEnableShutdownHook(false);
    }

    /** Builds JDA with the listeners and waits until it is ready (see {@link #connect(String, Consumer, Object...)}). */
    public JDA connect(String token, Object... listeners) throws InterruptedException {
        return connect(token, b -> {}, listeners);
    }

    /**
     * Builds JDA from {@link #builder(String)}, adds the listeners, lets {@code customizer} change the builder, then
     * {@code awaitReady()}. Throws what {@code build()} throws (e.g. {@code InvalidTokenException} for a token the fake
     * rejects) or {@link IllegalStateException} if JDA was shut down or not ready within the configured timeout (JDA is
     * shut down in that case).
     */
    public JDA connect(String token, Consumer<? super JDABuilder> customizer, Object... listeners)
            throws InterruptedException {
        JDABuilder builder = builder(token);
        if (listeners.length > 0) {
            builder.addEventListeners(listeners);
        }
        customizer.accept(builder);
        JDA jda = builder.build();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = scheduler.schedule(
                () -> {
                    timedOut.set(true);
                    jda.shutdownNow();
                },
                config.readyTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return jda.awaitReady();
        } catch (IllegalStateException e) {
            jda.shutdownNow();
            if (timedOut.get()) {
                throw new IllegalStateException("JDA was not ready within " + config.readyTimeout, e);
            }
            throw e;
        } catch (InterruptedException | RuntimeException | Error e) {
            jda.shutdownNow();
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private static final class FakeSessionController extends SessionControllerAdapter {
        private final String url;

        FakeSessionController(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }

    // ------------------------------------------------------------------------------------------------ REST capture

    /** A snapshot of every REST request received so far, in arrival order. */
    public List<CapturedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Forgets the captured requests (not the stored messages). */
    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    /**
     * Returns the first captured request (already received or arriving within {@code timeout}) that matches, or throws
     * {@link AssertionError} listing what was captured.
     */
    public CapturedRequest awaitRequest(Predicate<? super CapturedRequest> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            int scanned = 0;
            while (true) {
                for (; scanned < requests.size(); scanned++) {
                    CapturedRequest r = requests.get(scanned);
                    if (predicate.test(r)) {
                        return r;
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    StringBuilder sb = new StringBuilder("No matching request within " + timeout + ". Captured:");
                    requests.forEach(r -> sb.append("\n  ").append(r));
                    throw new AssertionError(sb.toString());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(requests, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for a request", e);
                }
            }
        }
    }

    /** Waits for {@code method} on a path matching {@code pathRegex} (relative to the base URL). */
    public CapturedRequest awaitRequest(String method, String pathRegex, Duration timeout) {
        return awaitRequest(r -> r.matches(method, pathRegex), timeout);
    }

    /** Waits for JDA's POST to the interaction's callback URL. */
    public CapturedRequest awaitCallback(InteractionRef interaction, Duration timeout) {
        return awaitRequest(r -> r.isCallbackFor(interaction), timeout);
    }

    /**
     * Waits for the request that answers the interaction: its callback, or, when the callback only deferred (a
     * "thinking…" placeholder), the edit of that placeholder or the follow-up that replaced it.
     */
    public CapturedRequest awaitAnswer(InteractionRef interaction, Duration timeout) {
        CapturedRequest callback = awaitCallback(interaction, timeout);
        if (callback.json().path("type").asInt() != 5) {
            return callback;
        }
        String original = Pattern.quote(interaction.originalMessagePath());
        String followup = Pattern.quote(interaction.webhookPath());
        return awaitRequest(r -> r.matches("PATCH", original) || r.matches("POST", followup), timeout);
    }

    /**
     * The answer's JSON as a callback carries it, {@code {"type": 4, "data": message}}, whether it came with the
     * callback or replaced a placeholder (which then gives the message its privacy flag).
     */
    public JsonNode awaitAnswerJson(InteractionRef interaction, Duration timeout) {
        CapturedRequest answer = awaitAnswer(interaction, timeout);
        if (answer.isCallbackFor(interaction)) {
            return answer.json();
        }
        ObjectNode data = answer.json().deepCopy();
        if (answer.method().equals("PATCH")) {
            int deferred = awaitCallback(interaction, timeout)
                    .json()
                    .path("data")
                    .path("flags")
                    .asInt(0);
            data.put("flags", data.path("flags").asInt(0) | deferred);
        }
        ObjectNode callback = JSON.createObjectNode().put("type", 4);
        callback.set("data", data);
        return callback;
    }

    /**
     * Answers matching requests with a canned response instead of the built-in behaviour (the request is still
     * captured). Stubs are checked in the order they were added and stay until {@link #clearStubs()}.
     */
    public void stub(Predicate<? super CapturedRequest> when, StubResponse response) {
        stubs.add(new Stub(when::test, r -> response));
    }

    public void stub(Predicate<? super CapturedRequest> when, Function<CapturedRequest, StubResponse> answer) {
        stubs.add(new Stub(when::test, answer));
    }

    public void clearStubs() {
        stubs.clear();
    }

    /**
     * Runs {@code action} on each matching request after it arrived and before the fake answers it, so a test can look
     * at the world as it is at that moment or hold the answer back (the client waits meanwhile).
     */
    public void beforeAnswering(Predicate<? super CapturedRequest> when, Consumer<? super CapturedRequest> action) {
        beforeAnswering.add(new BeforeAnswering(when::test, action::accept));
    }

    /** A copy of a message the fake holds (created or edited by the bot through REST), if any. */
    public Optional<JsonNode> message(String messageId) {
        ObjectNode m = messages.get(messageId);
        synchronized (messages) {
            return Optional.ofNullable(m).map(ObjectNode::deepCopy);
        }
    }

    /**
     * The messages created in the channel (posted there, or interaction responses), oldest first, as they were
     * when created: copies, without the edits made since.
     */
    public List<JsonNode> messagesCreatedIn(String channelId) {
        List<JsonNode> copies = new ArrayList<>();
        created.stream()
                .filter(m -> channelId.equals(m.path("channel_id").asText()))
                .forEach(m -> copies.add(m.deepCopy()));
        return copies;
    }

    /** The id of the interaction's original response message, once JDA replied or deferred. */
    public Optional<String> originalMessageId(InteractionRef interaction) {
        InteractionState state = interactionsById.get(interaction.id());
        return state == null ? Optional.empty() : Optional.ofNullable(state.originalMessageId);
    }

    /** Commands registered via PUT/POST: {@code guildId == null} for global ones. Copies. */
    public List<JsonNode> registeredCommands(String guildId) {
        List<JsonNode> copy = new ArrayList<>();
        commandsByScope.getOrDefault(scopeKey(guildId), List.of()).forEach(c -> copy.add(c.deepCopy()));
        return copy;
    }

    // ------------------------------------------------------------------------------------------------ gateway

    /** Every frame JDA sent to the gateway (IDENTIFY, heartbeats, ...), in order. */
    public List<JsonNode> gatewayFrames() {
        return List.copyOf(gatewayFrames);
    }

    /** Close code the fake most recently sent to end a gateway connection, if any. */
    public OptionalInt lastGatewayCloseCode() {
        int code = gateway.lastCloseCode.get();
        return code == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** Sends an arbitrary dispatch (op 0) with the next sequence number on the default guild's shard. */
    public void dispatch(String eventName, JsonNode data) {
        gateway.dispatch(config.guildId, eventName, data);
    }

    /** Every IDENTIFY received so far, in order. */
    public List<Identify> identifies() {
        return List.copyOf(gateway.identifies);
    }

    /** How many RESUMEs (op 6) the gateway received. */
    public int resumes() {
        return (int)
                gatewayFrames.stream().filter(f -> f.path("op").asInt() == 6).count();
    }

    /** Closes the connection of the shard serving {@code guildId}, with {@code code}, as Discord does. */
    public void disconnectShardOf(String guildId, int code) {
        gateway.disconnect(guildId, code);
    }

    /** The shard Discord sends a guild's events on, of the total the clients identified with. */
    public int shardOf(String guildId) {
        return gateway.shardOf(guildId);
    }

    /** An admin changes the channel's overwrite: from now on {@code deniedToBot} is taken from the bot's role there. */
    public void denyBot(String channelId, long deniedToBot) {
        FakeChannel old = channel(channelId);
        FakeChannel changed = new FakeChannel(old.guildId(), channelId, old.name(), deniedToBot);
        channels.put(channelId, changed);
        gateway.dispatch(old.guildId(), "CHANNEL_UPDATE", channelJson(changed));
    }

    /** Someone deletes the channel. */
    public void deleteChannel(String channelId) {
        FakeChannel deleted = channel(channelId);
        channels.remove(channelId);
        gateway.dispatch(deleted.guildId(), "CHANNEL_DELETE", channelJson(deleted));
    }

    /**
     * Dispatches a slash command (INTERACTION_CREATE type 2, data.type 1) in the fake guild's channel.
     *
     * @param permissions     the member's permission bitfield (e.g. {@link #PERMISSION_MANAGE_SERVER})
     * @param subcommandName  null for a command without subcommand; "group name" for a subcommand in a group
     * @param options         option name to value: String (type 3), Integer/Long (4), Boolean (5), Double/Float (10);
     *                        iteration order is kept
     */
    public InteractionRef slashCommand(
            String userId,
            String userName,
            long permissions,
            String commandName,
            String subcommandName,
            Map<String, ?> options) {
        return slashCommandIn(config.channelId, userId, userName, permissions, commandName, subcommandName, options);
    }

    /** A slash command as {@link #slashCommand}, in channel {@code channelId} of the fake guild. */
    public InteractionRef slashCommandIn(
            String channelId,
            String userId,
            String userName,
            long permissions,
            String commandName,
            String subcommandName,
            Map<String, ?> options) {
        ObjectNode data = commandData(
                channel(channelId).guildId(), commandName, subcommandName, optionsArray(options, null, null));
        return dispatchInteraction(2, channelId, userId, userName, permissions, data, null);
    }

    /** A button click (INTERACTION_CREATE type 3, component_type 2) by a member without special permissions. */
    public InteractionRef buttonClick(String userId, String userName, String customId, String messageId) {
        return buttonClick(userId, userName, 0L, customId, messageId);
    }

    /**
     * A button click on message {@code messageId}. If the fake holds that message (the bot sent it through REST), its
     * JSON is sent; otherwise a minimal bot message in the channel with one button carrying {@code customId}.
     */
    public InteractionRef buttonClick(
            String userId, String userName, long permissions, String customId, String messageId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        return dispatchInteraction(3, config.channelId, userId, userName, permissions, data, messageId);
    }

    /**
     * A click in channel {@code channelId}, by a member without special permissions, on message {@code messageId} (as
     * in {@link #buttonClick(String, String, long, String, String)}; a message the fake does not hold is made up in
     * that channel, as a copy of a question posted elsewhere would be).
     */
    public InteractionRef buttonClickIn(
            String channelId, String userId, String userName, String customId, String messageId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        return dispatchInteraction(3, channelId, userId, userName, 0L, data, messageId);
    }

    /**
     * A form submitted (INTERACTION_CREATE type 5, MODAL_SUBMIT) in the fake guild's channel by a member without
     * special permissions, as Discord sends it: each field inside a label (type 18). A {@code List} value is what
     * was picked in a string select (type 3), anything else the text typed in a text input (type 4); a null value
     * leaves the field out, as a forged submission might.
     */
    public InteractionRef modalSubmit(String userId, String userName, String modalId, Map<String, ?> fields) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int uniqueId = 1;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            ObjectNode label = components.addObject().put("type", 18).put("id", uniqueId++);
            ObjectNode input =
                    label.putObject("component").put("id", uniqueId++).put("custom_id", field.getKey());
            if (field.getValue() instanceof List<?> picked) {
                ArrayNode values = input.put("type", 3).putArray("values");
                picked.forEach(value -> values.add(String.valueOf(value)));
            } else {
                input.put("type", 4).put("value", String.valueOf(field.getValue()));
            }
        }
        return dispatchInteraction(5, config.channelId, userId, userName, 0L, data, null);
    }

    /**
     * Autocomplete (INTERACTION_CREATE type 4): {@code focusedOption} carries {@code focusedValue} with {@code
     * "focused":true}; other options as in {@link #slashCommand}.
     */
    public InteractionRef autocomplete(
            String userId,
            String userName,
            String commandName,
            String subcommandName,
            String focusedOption,
            String focusedValue,
            Map<String, ?> otherOptions) {
        ObjectNode data = commandData(
                config.guildId, commandName, subcommandName, optionsArray(otherOptions, focusedOption, focusedValue));
        return dispatchInteraction(4, config.channelId, userId, userName, 0L, data, null);
    }

    /**
     * Autocomplete (as {@link #autocomplete}) typed in the bot's direct messages with the user: no server, a DM
     * channel, the user instead of a member, as Discord sends it for a globally available command.
     */
    public InteractionRef autocompleteInDirectMessage(
            String userId,
            String userName,
            String commandName,
            String subcommandName,
            String focusedOption,
            String focusedValue) {
        ObjectNode data =
                commandData(null, commandName, subcommandName, optionsArray(Map.of(), focusedOption, focusedValue));
        String id = snowflake();
        String channelId = snowflake();
        String token = "fake-itoken-" + id + "-" + UUID.randomUUID().toString().replace("-", "");
        InteractionRef ref = new InteractionRef(id, token, 4, APPLICATION_ID);
        InteractionState state = new InteractionState(ref, channelId, null);
        interactionsById.put(id, state);
        interactionsByToken.put(token, state);
        ObjectNode user = userJson(userId, userName, false);
        ObjectNode interaction = JSON.createObjectNode()
                .put("id", id)
                .put("application_id", APPLICATION_ID)
                .put("type", 4)
                .put("token", token)
                .put("version", 1)
                .put("channel_id", channelId)
                .put("locale", "en-US")
                .put("app_permissions", Long.toUnsignedString(config.botPermissions))
                .put("context", 1)
                .put("attachment_size_limit", 10 * 1024 * 1024);
        ObjectNode channel = interaction
                .putObject("channel")
                .put("id", channelId)
                .put("type", 1)
                .put("flags", 0);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(user.deepCopy());
        interaction.set("user", user);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", "0");
        interaction.set("data", data);
        gateway.dispatch(config.guildId, "INTERACTION_CREATE", interaction);
        return ref;
    }

    private ObjectNode commandData(String guildId, String commandName, String subcommandName, ArrayNode options) {
        ObjectNode data = JSON.createObjectNode();
        String guildScope = scopeKey(guildId);
        boolean guildCommand = commandsByScope.getOrDefault(guildScope, List.of()).stream()
                        .anyMatch(c -> commandName.equals(c.path("name").asText()))
                && commandsByScope.getOrDefault(scopeKey(null), List.of()).stream()
                        .noneMatch(c -> commandName.equals(c.path("name").asText()));
        String id = commandIds.computeIfAbsent(
                (guildCommand ? guildScope : scopeKey(null)) + ":1:" + commandName, k -> snowflake());
        data.put("id", id).put("name", commandName).put("type", 1);
        if (guildCommand) {
            data.put("guild_id", guildId);
        }
        if (subcommandName != null && subcommandName.contains(" ")) {
            String[] groupAndName = subcommandName.split(" ", 2);
            ObjectNode sub = JSON.createObjectNode().put("type", 1).put("name", groupAndName[1]);
            sub.set("options", options);
            data.putArray("options")
                    .addObject()
                    .put("type", 2)
                    .put("name", groupAndName[0])
                    .putArray("options")
                    .add(sub);
        } else if (subcommandName != null) {
            ObjectNode sub = JSON.createObjectNode().put("type", 1).put("name", subcommandName);
            sub.set("options", options);
            data.putArray("options").add(sub);
        } else {
            data.set("options", options);
        }
        return data;
    }

    private static ArrayNode optionsArray(Map<String, ?> options, String focusedName, String focusedValue) {
        ArrayNode array = JSON.createArrayNode();
        if (options != null) {
            options.forEach((name, value) -> {
                ObjectNode o = array.addObject().put("name", name);
                if (value instanceof Boolean b) {
                    o.put("type", 5).put("value", b);
                } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                    o.put("type", 4).put("value", ((Number) value).longValue());
                } else if (value instanceof Number n) {
                    o.put("type", 10).put("value", n.doubleValue());
                } else {
                    o.put("type", 3).put("value", String.valueOf(value));
                }
            });
        }
        if (focusedName != null) {
            array.addObject()
                    .put("type", 3)
                    .put("name", focusedName)
                    .put("value", focusedValue == null ? "" : focusedValue)
                    .put("focused", true);
        }
        return array;
    }

    private InteractionRef dispatchInteraction(
            int type,
            String channelId,
            String userId,
            String userName,
            long permissions,
            ObjectNode data,
            String messageId) {
        FakeChannel where = channel(channelId);
        String guildId = where.guildId();
        String roleId = permissions == 0 ? null : ensurePermissionRole(guildId, permissions);
        String id = snowflake();
        String token = "fake-itoken-" + id + "-" + UUID.randomUUID().toString().replace("-", "");
        InteractionRef ref = new InteractionRef(id, token, type, APPLICATION_ID);
        InteractionState state = new InteractionState(ref, channelId, messageId);
        interactionsById.put(id, state);
        interactionsByToken.put(token, state);

        ObjectNode user = userJson(userId, userName, false);
        ObjectNode member = JSON.createObjectNode();
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        if (roleId != null) {
            roles.add(roleId);
        }
        member.put("permissions", Long.toUnsignedString(permissions))
                .put("joined_at", JOINED_AT)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("nick")
                .putNull("avatar")
                .putNull("premium_since")
                .putNull("communication_disabled_until");

        ObjectNode channel = channelJson(where);
        channel.put("permissions", Long.toUnsignedString(permissions));

        ObjectNode interaction = JSON.createObjectNode()
                .put("id", id)
                .put("application_id", APPLICATION_ID)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", guildId)
                .put("channel_id", channelId)
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("app_permissions", Long.toUnsignedString(config.botPermissions & ~where.deniedToBot()))
                .put("context", 0)
                .put("attachment_size_limit", 10 * 1024 * 1024);
        interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        interaction.set("channel", channel);
        interaction.set("member", member);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        interaction.set("data", data);
        if (messageId != null) {
            interaction.set(
                    "message",
                    componentMessage(
                            messageId, channelId, data.path("custom_id").asText()));
        }
        gateway.dispatch(guildId, "INTERACTION_CREATE", interaction);
        return ref;
    }

    private ObjectNode componentMessage(String messageId, String channelId, String customId) {
        ObjectNode stored = messages.get(messageId);
        if (stored != null) {
            synchronized (messages) {
                return stored.deepCopy();
            }
        }
        ObjectNode msg = newMessage(messageId, channelId, MissingNode.getInstance(), false);
        ArrayNode rows = msg.putArray("components");
        ObjectNode row = rows.addObject().put("type", 1);
        row.putArray("components")
                .addObject()
                .put("type", 2)
                .put("style", 1)
                .put("label", customId.length() > 80 ? customId.substring(0, 80) : customId)
                .put("custom_id", customId);
        return msg;
    }

    private String ensurePermissionRole(String guildId, long permissions) {
        Map<Long, String> roles = permissionRoles.computeIfAbsent(guildId, g -> new ConcurrentHashMap<>());
        String existing = roles.get(permissions);
        if (existing != null) {
            return existing;
        }
        synchronized (permissionRoles) {
            existing = roles.get(permissions);
            if (existing != null) {
                return existing;
            }
            String roleId = snowflake();
            ObjectNode event = JSON.createObjectNode().put("guild_id", guildId);
            event.set("role", roleJson(roleId, "perms-" + Long.toUnsignedString(permissions), permissions, 1));
            gateway.dispatch(guildId, "GUILD_ROLE_CREATE", event);
            roles.put(permissions, roleId);
            return roleId;
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON shapes

    private ObjectNode botUserJson() {
        ObjectNode u = userJson(BOT_USER_ID, BOT_USER_NAME, true);
        u.put("verified", true).put("mfa_enabled", false).put("flags", 0);
        return u;
    }

    private static ObjectNode userJson(String id, String name, boolean bot) {
        ObjectNode u = JSON.createObjectNode()
                .put("id", id)
                .put("username", name)
                .put("discriminator", "0")
                .putNull("avatar")
                .put("bot", bot)
                .put("system", false)
                .put("public_flags", 0);
        if (bot) {
            u.putNull("global_name");
        } else {
            u.put("global_name", name);
        }
        return u;
    }

    private ObjectNode applicationJson() {
        ObjectNode app = JSON.createObjectNode()
                .put("id", APPLICATION_ID)
                .put("name", BOT_USER_NAME)
                .put("description", "")
                .putNull("icon")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("flags", 0)
                .put("verify_key", "0")
                .putNull("team");
        app.set("owner", userJson(GUILD_OWNER_ID, "owner", false));
        app.set("bot", botUserJson());
        app.putArray("tags");
        app.putArray("redirect_uris");
        return app;
    }

    private ObjectNode roleJson(String id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("permissions", Long.toUnsignedString(permissions))
                .put("position", position)
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0)
                .putNull("icon")
                .putNull("unicode_emoji");
        role.putObject("colors").put("primary_color", 0);
        return role;
    }

    private FakeChannel channel(String channelId) {
        FakeChannel channel = channels.get(channelId);
        if (channel == null) {
            throw new IllegalArgumentException("the fake guild has no channel " + channelId);
        }
        return channel;
    }

    private ObjectNode channelJson(FakeChannel channel) {
        ObjectNode c = JSON.createObjectNode()
                .put("id", channel.id())
                .put("type", 0)
                .put("guild_id", channel.guildId())
                .put("name", channel.name())
                .put("position", 0)
                .put("flags", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .putNull("topic")
                .putNull("parent_id")
                .putNull("last_message_id");
        ArrayNode overwrites = c.putArray("permission_overwrites");
        if (channel.deniedToBot() != 0) {
            overwrites
                    .addObject()
                    .put("id", botRoleId)
                    .put("type", 0)
                    .put("allow", "0")
                    .put("deny", Long.toUnsignedString(channel.deniedToBot()));
        }
        return c;
    }

    private ObjectNode guildCreateJson(String guildId) {
        ObjectNode g = JSON.createObjectNode()
                .put("id", guildId)
                .put("name", guildId.equals(config.guildId) ? config.guildName : "Fake Guild " + guildId)
                .put("owner_id", GUILD_OWNER_ID)
                .put("unavailable", false)
                .put("large", false)
                .put("member_count", 1)
                .put("joined_at", JOINED_AT)
                .put("preferred_locale", "en-US")
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("afk_timeout", 300)
                .put("system_channel_flags", 0)
                .putNull("icon")
                .putNull("splash")
                .putNull("banner")
                .putNull("description")
                .putNull("vanity_url_code")
                .putNull("afk_channel_id")
                .putNull("system_channel_id")
                .putNull("rules_channel_id")
                .putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id");
        ArrayNode roles = g.putArray("roles");
        roles.add(roleJson(guildId, "@everyone", 0L, 0));
        roles.add(roleJson(botRoleId, BOT_USER_NAME, config.botPermissions, 1));
        // roles created for interaction permissions survive a re-IDENTIFY
        permissionRoles
                .getOrDefault(guildId, Map.of())
                .forEach((perms, id) -> roles.add(roleJson(id, "perms-" + Long.toUnsignedString(perms), perms, 1)));
        ArrayNode channelList = g.putArray("channels");
        synchronized (channels) {
            channels.values().stream()
                    .filter(channel -> channel.guildId().equals(guildId))
                    .forEach(channel -> channelList.add(channelJson(channel)));
        }
        ObjectNode self = JSON.createObjectNode();
        self.set("user", botUserJson());
        self.putArray("roles").add(botRoleId);
        self.put("joined_at", JOINED_AT)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("nick")
                .putNull("avatar")
                .putNull("premium_since")
                .putNull("communication_disabled_until");
        g.putArray("members").add(self);
        g.putArray("threads");
        g.putArray("guild_scheduled_events");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("soundboard_sounds");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("features");
        g.putArray("stage_instances");
        return g;
    }

    private ObjectNode readyJson(String sessionId, List<String> guildIds) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", sessionId);
        ready.set("user", botUserJson());
        ArrayNode guilds = ready.putArray("guilds");
        guildIds.forEach(id -> guilds.addObject().put("id", id).put("unavailable", true));
        ready.put("resume_gateway_url", gatewayUrl);
        ready.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions");
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    /**
     * A message JDA parses into a {@code Message}: JDA requires {@code type}, {@code id}, {@code channel_id}, {@code
     * author}, {@code mentions}, {@code mention_roles}; embeds need a {@code type}.
     */
    private ObjectNode newMessage(String id, String channelId, JsonNode payload, boolean fromWebhook) {
        ObjectNode msg = JSON.createObjectNode()
                .put("id", id)
                .put("type", 0)
                .put("channel_id", channelId)
                .put("content", "")
                .put("timestamp", now())
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("pinned", false)
                .put("mention_everyone", false)
                .put("flags", 0);
        msg.set("author", botUserJson());
        msg.putArray("embeds");
        msg.putArray("components");
        msg.putArray("attachments");
        msg.putArray("mentions");
        msg.putArray("mention_roles");
        if (fromWebhook) {
            msg.put("webhook_id", APPLICATION_ID).put("application_id", APPLICATION_ID);
        }
        applyPayload(msg, payload, true);
        return msg;
    }

    private static void applyPayload(ObjectNode msg, JsonNode payload, boolean create) {
        if (payload == null || !payload.isObject()) {
            return;
        }
        for (String key : List.of("content", "embeds", "components", "tts")) {
            JsonNode value = payload.get(key);
            if (value != null && !value.isNull()) {
                msg.set(key, value.deepCopy());
            }
        }
        if (msg.get("embeds") instanceof ArrayNode embeds) {
            embeds.forEach(e -> {
                if (e instanceof ObjectNode o && !o.hasNonNull("type")) {
                    o.put("type", "rich");
                }
            });
        }
        if (payload.hasNonNull("flags")) {
            int requested = payload.get("flags").asInt();
            int old = msg.path("flags").asInt(0);
            int flags = create ? requested : (old & FLAG_EPHEMERAL) | (requested & ~(FLAG_EPHEMERAL | FLAG_LOADING));
            msg.put("flags", flags);
        }
        if (!create) {
            msg.put("flags", msg.path("flags").asInt(0) & ~FLAG_LOADING);
            msg.put("edited_timestamp", now());
        }
    }

    private ObjectNode storeNewMessage(String channelId, JsonNode payload, boolean fromWebhook) {
        ObjectNode msg = newMessage(snowflake(), channelId, payload, fromWebhook);
        synchronized (messages) {
            messages.put(msg.get("id").asText(), msg);
            created.add(msg.deepCopy());
            return msg.deepCopy();
        }
    }

    /** Merges an edit into a stored message, or creates it with that id if the fake does not know it. */
    private ObjectNode editMessage(String messageId, String channelId, JsonNode payload, boolean fromWebhook) {
        synchronized (messages) {
            ObjectNode msg = messages.get(messageId);
            if (msg == null) {
                msg = newMessage(messageId, channelId, MissingNode.getInstance(), fromWebhook);
                messages.put(messageId, msg);
            }
            applyPayload(msg, payload, false);
            return msg.deepCopy();
        }
    }

    // ------------------------------------------------------------------------------------------------ REST routing

    private void handleHttp(HttpExchange exchange) {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String relative = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path.substring(1);
            if (relative.endsWith("/")) {
                relative = relative.substring(0, relative.length() - 1);
            }
            String query = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String contentType =
                    Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
            CapturedRequest request = new CapturedRequest(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    relative,
                    query,
                    Collections.unmodifiableMap(headers),
                    body,
                    parseJson(contentType, body),
                    raw);

            Reply reply;
            try {
                for (BeforeAnswering hook : beforeAnswering) {
                    if (hook.when().test(request)) {
                        hook.action().accept(request);
                    }
                }
                reply = route(request);
            } catch (RuntimeException e) {
                LOG.error("fake Discord failed to answer {}", request, e);
                reply = Reply.error(500, 0, "fake Discord error: " + e);
            }
            try {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (reply.body() == null) {
                    exchange.sendResponseHeaders(reply.status(), -1);
                } else {
                    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(reply.status(), bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            } finally {
                // captured once answered, so a test that awaited a request sees the fake's state after it
                synchronized (requests) {
                    requests.add(request);
                    requests.notifyAll();
                }
            }
        } catch (IOException e) {
            LOG.warn("fake Discord could not answer a request", e);
        }
    }

    private static JsonNode parseJson(String contentType, String body) {
        String json = body;
        if (contentType.startsWith("multipart/form-data")) {
            json = multipartPayloadJson(contentType, body);
        }
        if (json == null || json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static String multipartPayloadJson(String contentType, String body) {
        int b = contentType.indexOf("boundary=");
        if (b < 0) {
            return null;
        }
        String boundary = contentType
                .substring(b + "boundary=".length())
                .replace("\"", "")
                .trim();
        for (String part : body.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && part.substring(0, headerEnd).contains("name=\"payload_json\"")) {
                String content = part.substring(headerEnd + 4);
                return content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
            }
        }
        return null;
    }

    /** Returns the wildcard ("*") segment values if method and path match the pattern, else null. */
    private static String[] match(CapturedRequest r, String method, String pattern) {
        if (!r.method().equals(method)) {
            return null;
        }
        String[] want = pattern.split("/");
        String[] have = r.segments();
        if (want.length != have.length) {
            return null;
        }
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].equals("*")) {
                vars.add(have[i]);
            } else if (!want[i].equals(have[i])) {
                return null;
            }
        }
        return vars.toArray(String[]::new);
    }

    private Reply route(CapturedRequest r) {
        for (Stub stub : stubs) {
            if (stub.when().test(r)) {
                StubResponse s = stub.answer().apply(r);
                return new Reply(s.status(), s.status() == 204 ? null : s.body());
            }
        }
        String auth = r.header("authorization");
        if (auth != null && !auth.equals("Bot " + config.token)) {
            return Reply.error(401, 0, "401: Unauthorized");
        }
        String[] v;
        if (match(r, "GET", "users/@me") != null) {
            return Reply.json(botUserJson());
        }
        if (match(r, "GET", "applications/@me") != null || match(r, "GET", "oauth2/applications/@me") != null) {
            return Reply.json(applicationJson());
        }
        if (match(r, "GET", "gateway") != null) {
            return Reply.json(JSON.createObjectNode().put("url", gatewayUrl));
        }
        if (match(r, "GET", "gateway/bot") != null) {
            ObjectNode o = JSON.createObjectNode()
                    .put("url", Objects.requireNonNullElse(config.advertisedGateway, gatewayUrl))
                    .put("shards", config.recommendedShards);
            o.putObject("session_start_limit")
                    .put("total", 1000)
                    .put("remaining", 1000)
                    .put("reset_after", 0)
                    .put("max_concurrency", config.maxConcurrency);
            return Reply.json(o);
        }
        // application commands
        if ((v = match(r, "PUT", "applications/*/commands")) != null) {
            return Reply.json(replaceCommands(null, r.json()));
        }
        if ((v = match(r, "PUT", "applications/*/guilds/*/commands")) != null) {
            return Reply.json(replaceCommands(v[1], r.json()));
        }
        if ((v = match(r, "POST", "applications/*/commands")) != null) {
            return Reply.json(upsertCommand(null, r.json()));
        }
        if ((v = match(r, "POST", "applications/*/guilds/*/commands")) != null) {
            return Reply.json(upsertCommand(v[1], r.json()));
        }
        if ((v = match(r, "GET", "applications/*/commands")) != null) {
            return Reply.json(JSON.valueToTree(registeredCommands(null)));
        }
        if ((v = match(r, "GET", "applications/*/guilds/*/commands")) != null) {
            return Reply.json(JSON.valueToTree(registeredCommands(v[1])));
        }
        if (match(r, "DELETE", "applications/*/commands/*") != null
                || match(r, "DELETE", "applications/*/guilds/*/commands/*") != null) {
            return Reply.noContent();
        }
        // interactions
        if ((v = match(r, "POST", "interactions/*/*/callback")) != null) {
            return interactionCallback(v[0], v[1], r);
        }
        if ((v = match(r, "POST", "webhooks/*/*")) != null) {
            InteractionState state = interactionsByToken.get(v[1]);
            if (state == null) {
                return Reply.error(404, 10015, "Unknown Webhook");
            }
            return Reply.json(storeNewMessage(state.channelId, r.json(), true));
        }
        if ((v = match(r, "GET", "webhooks/*/*/messages/*")) != null
                || (v = match(r, "PATCH", "webhooks/*/*/messages/*")) != null
                || (v = match(r, "DELETE", "webhooks/*/*/messages/*")) != null) {
            return webhookMessage(v[1], v[2], r);
        }
        // channel messages
        if ((v = match(r, "POST", "channels/*/messages")) != null) {
            return Reply.json(storeNewMessage(v[0], r.json(), false));
        }
        if ((v = match(r, "PATCH", "channels/*/messages/*")) != null) {
            return Reply.json(editMessage(v[1], v[0], r.json(), false));
        }
        if ((v = match(r, "GET", "channels/*/messages/*")) != null) {
            return message(v[1]).<Reply>map(Reply::json).orElseGet(() -> Reply.error(404, 10008, "Unknown Message"));
        }
        if ((v = match(r, "DELETE", "channels/*/messages/*")) != null) {
            messages.remove(v[1]);
            return Reply.noContent();
        }
        return Reply.error(404, 0, "Unknown");
    }

    private static String scopeKey(String guildId) {
        return guildId == null ? "global" : "guild:" + guildId;
    }

    private ObjectNode commandJson(String guildId, JsonNode request) {
        ObjectNode c =
                request != null && request.isObject() ? ((ObjectNode) request).deepCopy() : JSON.createObjectNode();
        int type = c.path("type").asInt(1);
        String name = c.path("name").asText();
        String id = commandIds.computeIfAbsent(scopeKey(guildId) + ":" + type + ":" + name, k -> snowflake());
        c.put("id", id)
                .put("application_id", APPLICATION_ID)
                .put("version", snowflake())
                .put("type", type);
        if (guildId != null) {
            c.put("guild_id", guildId);
        }
        if (!c.has("description")) {
            c.put("description", "");
        }
        if (!c.has("default_member_permissions")) {
            c.putNull("default_member_permissions");
        }
        return c;
    }

    private ArrayNode replaceCommands(String guildId, JsonNode body) {
        ArrayNode out = JSON.createArrayNode();
        List<ObjectNode> stored = new CopyOnWriteArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(cmd -> {
                ObjectNode c = commandJson(guildId, cmd);
                stored.add(c);
                out.add(c.deepCopy());
            });
        }
        commandsByScope.put(scopeKey(guildId), stored);
        return out;
    }

    private ObjectNode upsertCommand(String guildId, JsonNode body) {
        ObjectNode c = commandJson(guildId, body);
        List<ObjectNode> list = commandsByScope.computeIfAbsent(scopeKey(guildId), k -> new CopyOnWriteArrayList<>());
        list.removeIf(old -> old.path("id").asText().equals(c.path("id").asText()));
        list.add(c);
        return c.deepCopy();
    }

    private Reply interactionCallback(String interactionId, String token, CapturedRequest r) {
        InteractionState state = interactionsById.get(interactionId);
        if (state == null || !state.ref.token().equals(token)) {
            return Reply.error(404, 10062, "Unknown interaction");
        }
        if (!state.acknowledged.compareAndSet(false, true)) {
            return Reply.error(400, 40060, "Interaction has already been acknowledged.");
        }
        int type = r.json().path("type").asInt(-1);
        JsonNode data = r.json().path("data");
        ObjectNode resource = JSON.createObjectNode().put("type", type);
        ObjectNode message = null;
        switch (type) {
            case 4 -> { // CHANNEL_MESSAGE_WITH_SOURCE
                message = storeNewMessage(state.channelId, data, true);
                state.originalMessageId = message.get("id").asText();
            }
            case 5 -> { // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: Discord shows a "thinking" placeholder
                ObjectNode flags =
                        JSON.createObjectNode().put("flags", data.path("flags").asInt(0) | FLAG_LOADING);
                ObjectNode placeholder = storeNewMessage(state.channelId, flags, true);
                state.originalMessageId = placeholder.get("id").asText();
            }
            case 7 -> { // UPDATE_MESSAGE (component interactions)
                String target = state.componentMessageId != null ? state.componentMessageId : snowflake();
                message = editMessage(target, state.channelId, data, false);
                state.originalMessageId = target;
            }
            default -> {
                // 6 deferred update, 8 autocomplete result, 9 modal, 12 launch activity: nothing to store
            }
        }
        if (!"true".equals(r.queryParam("with_response").orElse(null))) {
            return Reply.noContent();
        }
        if (message != null) {
            resource.set("message", message);
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode interaction = body.putObject("interaction")
                .put("id", interactionId)
                .put("type", state.ref.type())
                .put("response_message_loading", type == 5)
                .put("response_message_ephemeral", (data.path("flags").asInt(0) & FLAG_EPHEMERAL) != 0);
        if (state.originalMessageId != null) {
            interaction.put("response_message_id", state.originalMessageId);
        }
        body.set("resource", resource);
        return Reply.json(body);
    }

    private Reply webhookMessage(String token, String messageId, CapturedRequest r) {
        InteractionState state = interactionsByToken.get(token);
        if (state == null) {
            return Reply.error(404, 10015, "Unknown Webhook");
        }
        String id = "@original".equals(messageId) ? state.originalMessageId : messageId;
        if (id == null || !messages.containsKey(id)) {
            return Reply.error(404, 10008, "Unknown Message");
        }
        return switch (r.method()) {
            case "GET" -> Reply.json(message(id).orElseThrow());
            case "PATCH" -> Reply.json(editMessage(id, state.channelId, r.json(), true));
            default -> {
                messages.remove(id);
                yield Reply.noContent();
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ gateway server

    /** A shard's gateway session: its current connection (null while disconnected) and sequence. */
    private static final class Session {
        final String id;
        WebSocket conn;
        int sequence;

        Session(String id, WebSocket conn) {
            this.id = id;
            this.conn = conn;
        }
    }

    /**
     * The gateway of every shard: each IDENTIFY names its {@code shard: [id, total]} (none means {@code [0, 1]}),
     * gets READY and a GUILD_CREATE for the guilds on that shard, and a guild's events go to its shard only.
     */
    private final class Gateway extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger lastCloseCode = new AtomicInteger(Integer.MIN_VALUE);
        final List<Identify> identifies = new CopyOnWriteArrayList<>();
        private final Object sendLock = new Object();
        private final Map<Integer, Session> sessions = new LinkedHashMap<>(); // guarded by sendLock
        private int total = 1; // guarded by sendLock

        Gateway(ServerSocketChannel channel) {
            super(channel);
            setDaemon(true);
            setConnectionLostTimeout(0);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            ObjectNode hello =
                    JSON.createObjectNode().put("op", 10).putNull("s").putNull("t");
            hello.putObject("d").put("heartbeat_interval", 41250);
            sendQuietly(conn, hello.toString());
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode frame;
            try {
                frame = JSON.readTree(message);
            } catch (JsonProcessingException e) {
                closeWith(conn, 4002, "Error while decoding payload.");
                return;
            }
            gatewayFrames.add(frame);
            int op = frame.path("op").asInt(-1);
            switch (op) {
                case 1 -> sendQuietly(conn, "{\"op\":11}");
                case 2 -> identify(conn, frame.path("d"));
                case 6 -> resume(conn, frame.path("d"));
                default -> {
                    // 3 presence update, 4 voice state, 8 request guild members: ignored
                }
            }
        }

        private void sendQuietly(WebSocket conn, String text) {
            try {
                conn.send(text);
            } catch (WebsocketNotConnectedException e) {
                LOG.debug("fake gateway: connection already closed, dropped {}", text);
            }
        }

        /* Recorded before closing: the close handshake may finish after JDA has already given up. */
        private void closeWith(WebSocket conn, int code, String reason) {
            lastCloseCode.set(code);
            conn.close(code, reason);
        }

        private boolean tokenOk(WebSocket conn, JsonNode d) {
            String token = d.path("token").asText("");
            if (token.startsWith("Bot ")) {
                token = token.substring(4);
            }
            if (!token.equals(config.token)) {
                closeWith(conn, 4004, "Authentication failed.");
                return false;
            }
            return true;
        }

        private void identify(WebSocket conn, JsonNode d) {
            if (!tokenOk(conn, d)) {
                return;
            }
            JsonNode shardField = d.path("shard");
            int shard = shardField.isArray() ? shardField.path(0).asInt() : 0;
            int shards = shardField.isArray() ? shardField.path(1).asInt(1) : 1;
            synchronized (sendLock) {
                total = shards;
                Session session = new Session(UUID.randomUUID().toString().replace("-", ""), conn);
                sessions.put(shard, session);
                identifies.add(new Identify(shard, shards, System.nanoTime()));
                List<String> guildIds =
                        guildIds().stream().filter(id -> shardOf(id) == shard).toList();
                send(session, "READY", readyJson(session.id, guildIds));
                guildIds.forEach(id -> send(session, "GUILD_CREATE", guildCreateJson(id)));
            }
        }

        private void resume(WebSocket conn, JsonNode d) {
            if (!tokenOk(conn, d)) {
                return;
            }
            String sessionId = d.path("session_id").asText();
            synchronized (sendLock) {
                Optional<Session> known = sessions.values().stream()
                        .filter(s -> s.id.equals(sessionId))
                        .findFirst();
                if (known.isEmpty()) {
                    sendQuietly(conn, "{\"op\":9,\"d\":false}"); // INVALID_SESSION, not resumable
                    return;
                }
                known.get().conn = conn;
                send(known.get(), "RESUMED", JSON.createObjectNode());
            }
        }

        private List<String> guildIds() {
            synchronized (channels) {
                return channels.values().stream()
                        .map(FakeChannel::guildId)
                        .distinct()
                        .toList();
            }
        }

        int shardOf(String guildId) {
            synchronized (sendLock) {
                return (int) ((Long.parseLong(guildId) >>> 22) % total);
            }
        }

        void dispatch(String guildId, String eventName, JsonNode data) {
            synchronized (sendLock) {
                Session session = sessions.get(shardOf(guildId));
                if (session == null || session.conn == null || !session.conn.isOpen()) {
                    throw new IllegalStateException("no JDA session on the fake gateway for shard " + shardOf(guildId)
                            + " (guild " + guildId + ")");
                }
                send(session, eventName, data);
            }
        }

        void disconnect(String guildId, int code) {
            synchronized (sendLock) {
                Session session = sessions.get(shardOf(guildId));
                if (session != null && session.conn != null) {
                    closeWith(session.conn, code, "fake Discord closed the session");
                }
            }
        }

        private void send(Session session, String eventName, JsonNode data) {
            ObjectNode frame = JSON.createObjectNode()
                    .put("op", 0)
                    .put("s", ++session.sequence)
                    .put("t", eventName);
            frame.set("d", data);
            session.conn.send(frame.toString());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            synchronized (sendLock) {
                sessions.values().stream().filter(s -> s.conn == conn).forEach(s -> s.conn = null);
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            LOG.debug("fake gateway error", ex);
        }
    }

    // ------------------------------------------------------------------------------------------------ misc

    /** A snowflake for "now", so JDA's time-based checks (e.g. interaction hook expiry) pass. */
    private String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toString((millis << 22) | (snowflakeCounter.getAndIncrement() & 0x3FFFFF));
    }

    private static String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        httpExecutor.shutdownNow();
        scheduler.shutdownNow();
    }
}
