package dev.mlquiz.slack.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders for the bodies Slack sends to an app, shaped like the real ones (field names, nesting, encodings).
 *
 * <p>The same builder feeds both transports: {@link SignedRequests} signs {@code formBody()} / {@code json()} for
 * HTTP mode, {@link FakeSlack} wraps {@code json()} in a Socket Mode envelope.
 *
 * <p>Defaults describe one workspace: team {@value #TEAM_ID} ({@value #TEAM_DOMAIN}), app {@value #API_APP_ID},
 * user {@value #USER_ID} ({@value #USER_NAME}) in channel {@value #CHANNEL_ID} ({@value #CHANNEL_NAME}); the bot is
 * {@value FakeSlack#BOT_USER_ID}. The default {@code response_url} is {@value #UNSET_RESPONSE_URL}: a loopback port
 * nobody listens on, so a handler that responds without the test setting {@code responseUrl(fake.responseUrl(..))}
 * fails fast instead of reaching the internet.
 */
public final class SlackPayloads {

    public static final String TEAM_ID = "T1";
    public static final String TEAM_DOMAIN = "testteam";
    public static final String API_APP_ID = "A1";
    public static final String USER_ID = "U1";
    public static final String USER_NAME = "alice";
    public static final String CHANNEL_ID = "C1";
    public static final String CHANNEL_NAME = "general";
    /** The deprecated verification token Slack still puts in every payload; Bolt ignores it when signing is on. */
    public static final String VERIFICATION_TOKEN = "legacy-verification-token";

    public static final String UNSET_RESPONSE_URL = "http://127.0.0.1:1/response-url-not-set";

    static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private SlackPayloads() {}

    /** {@code /mlquiz <text>} from {@value #USER_ID} in {@value #CHANNEL_ID}. */
    public static SlashCommand slashCommand(String text) {
        return new SlashCommand().text(text);
    }

    /** A {@code button} click in a bot message, {@code block_actions} payload. */
    public static BlockAction blockAction(String actionId, String value) {
        return new BlockAction().actionId(actionId).value(value);
    }

    /**
     * A modal sent with its submit button, {@code view_submission} payload: {@code state} holds what the user
     * entered, by block id and action id.
     */
    public static ViewSubmission viewSubmission(String callbackId, String privateMetadata) {
        return new ViewSubmission(callbackId, privateMetadata);
    }

    /** {@code event_callback} around {@code app_home_opened} (tab {@code home}) for the given user. */
    public static EventCallback appHomeOpened(String userId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_home_opened");
        event.put("user", userId);
        event.put("channel", "D" + userId);
        event.put("tab", "home");
        event.put("event_ts", "1700000000.000" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000));
        return new EventCallback(event);
    }

    /** {@code event_callback} around any inner event JSON (it must have a {@code type}). */
    public static EventCallback eventCallback(String eventJson) {
        JsonNode event = parse(eventJson);
        if (!(event instanceof ObjectNode) || !event.hasNonNull("type")) {
            throw new IllegalArgumentException("an event needs a JSON object with a type: " + eventJson);
        }
        return new EventCallback((ObjectNode) event);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The {@code user} of an interactive payload (a click, a form sent). */
    static void putUser(ObjectNode payload, String id, String username, String teamId) {
        ObjectNode user = payload.putObject("user");
        user.put("id", id);
        user.put("username", username);
        user.put("name", username);
        user.put("team_id", teamId);
    }

    private static String nextTriggerId() {
        long n = SEQUENCE.incrementAndGet();
        return "1337" + n + ".42" + n + ".0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    }

    // ------------------------------------------------------------------ slash command

    /**
     * A slash command. HTTP mode: {@code application/x-www-form-urlencoded}, every field a string, empty text sent
     * as {@code text=} (Bolt then reports {@code null} text). Socket Mode: the same fields as a flat JSON object.
     */
    public static final class SlashCommand {
        private String token = VERIFICATION_TOKEN;
        private String teamId = TEAM_ID;
        private String teamDomain = TEAM_DOMAIN;
        private String channelId = CHANNEL_ID;
        private String channelName = CHANNEL_NAME;
        private String userId = USER_ID;
        private String userName = USER_NAME;
        private String command = "/mlquiz";
        private String text = "";
        private String apiAppId = API_APP_ID;
        private String responseUrl = UNSET_RESPONSE_URL;
        private String triggerId = nextTriggerId();

        SlashCommand() {}

        public SlashCommand command(String command) {
            this.command = Objects.requireNonNull(command);
            return this;
        }

        public SlashCommand text(String text) {
            this.text = text == null ? "" : text;
            return this;
        }

        public SlashCommand user(String id, String name) {
            this.userId = id;
            this.userName = name;
            return this;
        }

        public SlashCommand channel(String id, String name) {
            this.channelId = id;
            this.channelName = name;
            return this;
        }

        public SlashCommand team(String id, String domain) {
            this.teamId = id;
            this.teamDomain = domain;
            return this;
        }

        public SlashCommand responseUrl(String responseUrl) {
            this.responseUrl = responseUrl;
            return this;
        }

        public SlashCommand triggerId(String triggerId) {
            this.triggerId = triggerId;
            return this;
        }

        public SlashCommand apiAppId(String apiAppId) {
            this.apiAppId = apiAppId;
            return this;
        }

        public SlashCommand token(String token) {
            this.token = token;
            return this;
        }

        /** The fields in the order Slack sends them. */
        public Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("token", token);
            f.put("team_id", teamId);
            f.put("team_domain", teamDomain);
            f.put("channel_id", channelId);
            f.put("channel_name", channelName);
            f.put("user_id", userId);
            f.put("user_name", userName);
            f.put("command", command);
            f.put("text", text);
            f.put("api_app_id", apiAppId);
            f.put("is_enterprise_install", "false");
            f.put("response_url", responseUrl);
            f.put("trigger_id", triggerId);
            return f;
        }

        public String formBody() {
            StringJoiner body = new StringJoiner("&");
            fields().forEach((k, v) -> body.add(urlEncode(k) + "=" + urlEncode(v == null ? "" : v)));
            return body.toString();
        }

        /** Socket Mode {@code slash_commands} envelope payload. */
        public String json() {
            ObjectNode node = JSON.createObjectNode();
            fields().forEach(node::put);
            return write(node);
        }
    }

    // ------------------------------------------------------------------ block_actions

    /**
     * A {@code block_actions} payload for a button in a message posted by the bot. HTTP mode sends it as
     * {@code payload=<urlencoded JSON>}; Socket Mode sends the JSON itself in an {@code interactive} envelope.
     */
    public static final class BlockAction {
        private String actionId = "mlquiz.action";
        private String blockId = "mlquiz-block";
        private String value = "";
        private String buttonText = "Go";
        private String userId = USER_ID;
        private String userName = USER_NAME;
        private String teamId = TEAM_ID;
        private String teamDomain = TEAM_DOMAIN;
        private String channelId = CHANNEL_ID;
        private String channelName = CHANNEL_NAME;
        private String messageTs = "1700000000.000100";
        private String messageText = "Question 1";
        private String actionTs = "1700000001.000200";
        private String apiAppId = API_APP_ID;
        private String responseUrl = UNSET_RESPONSE_URL;
        private String triggerId = nextTriggerId();

        BlockAction() {}

        public BlockAction actionId(String actionId) {
            this.actionId = Objects.requireNonNull(actionId);
            return this;
        }

        public BlockAction blockId(String blockId) {
            this.blockId = blockId;
            return this;
        }

        public BlockAction value(String value) {
            this.value = value;
            return this;
        }

        public BlockAction buttonText(String buttonText) {
            this.buttonText = buttonText;
            return this;
        }

        public BlockAction user(String id, String username) {
            this.userId = id;
            this.userName = username;
            return this;
        }

        public BlockAction team(String id, String domain) {
            this.teamId = id;
            this.teamDomain = domain;
            return this;
        }

        public BlockAction channel(String id, String name) {
            this.channelId = id;
            this.channelName = name;
            return this;
        }

        public BlockAction message(String ts, String text) {
            this.messageTs = ts;
            this.messageText = text;
            return this;
        }

        public BlockAction actionTs(String actionTs) {
            this.actionTs = actionTs;
            return this;
        }

        public BlockAction responseUrl(String responseUrl) {
            this.responseUrl = responseUrl;
            return this;
        }

        public BlockAction triggerId(String triggerId) {
            this.triggerId = triggerId;
            return this;
        }

        public BlockAction apiAppId(String apiAppId) {
            this.apiAppId = apiAppId;
            return this;
        }

        public ObjectNode toJsonNode() {
            ObjectNode p = JSON.createObjectNode();
            p.put("type", "block_actions");
            putUser(p, userId, userName, teamId);
            p.put("api_app_id", apiAppId);
            p.put("token", VERIFICATION_TOKEN);
            ObjectNode container = p.putObject("container");
            container.put("type", "message");
            container.put("message_ts", messageTs);
            container.put("channel_id", channelId);
            container.put("is_ephemeral", false);
            p.put("trigger_id", triggerId);
            ObjectNode team = p.putObject("team");
            team.put("id", teamId);
            team.put("domain", teamDomain);
            p.putNull("enterprise");
            p.put("is_enterprise_install", false);
            ObjectNode channel = p.putObject("channel");
            channel.put("id", channelId);
            channel.put("name", channelName);

            ObjectNode message = p.putObject("message");
            message.put("type", "message");
            message.put("user", FakeSlack.BOT_USER_ID);
            message.put("bot_id", FakeSlack.BOT_ID);
            message.put("app_id", apiAppId);
            message.put("text", messageText);
            message.put("ts", messageTs);
            message.put("team", teamId);
            ArrayNode blocks = message.putArray("blocks");
            ObjectNode section = blocks.addObject();
            section.put("type", "section");
            section.put("block_id", "question");
            ObjectNode sectionText = section.putObject("text");
            sectionText.put("type", "mrkdwn");
            sectionText.put("text", messageText);
            sectionText.put("verbatim", false);
            ObjectNode actionsBlock = blocks.addObject();
            actionsBlock.put("type", "actions");
            actionsBlock.put("block_id", blockId);
            ObjectNode element = actionsBlock.putArray("elements").addObject();
            element.put("type", "button");
            element.put("action_id", actionId);
            element.set("text", plainText(buttonText));
            element.put("value", value);

            p.putObject("state").putObject("values");
            p.put("response_url", responseUrl);

            ObjectNode action = p.putArray("actions").addObject();
            action.put("action_id", actionId);
            action.put("block_id", blockId);
            action.set("text", plainText(buttonText));
            action.put("value", value);
            action.put("type", "button");
            action.put("action_ts", actionTs);
            return p;
        }

        public String json() {
            return write(toJsonNode());
        }

        /** {@code payload=<urlencoded JSON>}, the HTTP-mode body. */
        public String formBody() {
            return "payload=" + urlEncode(json());
        }

        private static ObjectNode plainText(String text) {
            ObjectNode t = JSON.createObjectNode();
            t.put("type", "plain_text");
            t.put("text", text);
            t.put("emoji", true);
            return t;
        }
    }

    // ------------------------------------------------------------------ view_submission

    /**
     * A {@code view_submission} payload. HTTP mode sends it as {@code payload=<urlencoded JSON>}; Socket Mode sends
     * the JSON in an {@code interactive} envelope.
     */
    public static final class ViewSubmission {
        private final String callbackId;
        private final String privateMetadata;
        private final ObjectNode values = JSON.createObjectNode();
        private String userId = USER_ID;
        private String userName = USER_NAME;
        private String teamId = TEAM_ID;
        private String viewId = "V" + String.format("%08d", SEQUENCE.incrementAndGet());
        private String triggerId = nextTriggerId();

        ViewSubmission(String callbackId, String privateMetadata) {
            this.callbackId = callbackId;
            this.privateMetadata = privateMetadata;
        }

        public ViewSubmission user(String id, String username) {
            this.userId = id;
            this.userName = username;
            return this;
        }

        public ViewSubmission team(String id) {
            this.teamId = id;
            return this;
        }

        public ViewSubmission viewId(String viewId) {
            this.viewId = viewId;
            return this;
        }

        /** A static_select's choice, as Slack reports it in the view's state. */
        public ViewSubmission selected(String blockId, String actionId, String value) {
            ObjectNode state = values.withObject("/" + blockId).putObject(actionId);
            state.put("type", "static_select");
            ObjectNode option = state.putObject("selected_option");
            option.set("text", BlockAction.plainText(value));
            option.put("value", value);
            return this;
        }

        /** A plain_text_input's text; null is what Slack sends for an optional input left empty. */
        public ViewSubmission typed(String blockId, String actionId, String value) {
            ObjectNode state = values.withObject("/" + blockId).putObject(actionId);
            state.put("type", "plain_text_input");
            state.put("value", value);
            return this;
        }

        public ObjectNode toJsonNode() {
            ObjectNode p = JSON.createObjectNode();
            p.put("type", "view_submission");
            ObjectNode team = p.putObject("team");
            team.put("id", teamId);
            team.put("domain", TEAM_DOMAIN);
            putUser(p, userId, userName, teamId);
            p.put("api_app_id", API_APP_ID);
            p.put("token", VERIFICATION_TOKEN);
            p.put("trigger_id", triggerId);
            ObjectNode view = p.putObject("view");
            view.put("id", viewId);
            view.put("team_id", teamId);
            view.put("type", "modal");
            view.putArray("blocks");
            view.put("private_metadata", privateMetadata);
            view.put("callback_id", callbackId);
            view.putObject("state").set("values", values.deepCopy());
            view.put("hash", "1700000000.fake");
            view.set("title", BlockAction.plainText("Form"));
            view.put("app_id", API_APP_ID);
            view.put("bot_id", FakeSlack.BOT_ID);
            p.putArray("response_urls");
            p.put("is_enterprise_install", false);
            p.putNull("enterprise");
            return p;
        }

        public String json() {
            return write(toJsonNode());
        }

        /** {@code payload=<urlencoded JSON>}, the HTTP-mode body. */
        public String formBody() {
            return "payload=" + urlEncode(json());
        }
    }

    // ------------------------------------------------------------------ Events API

    /** An Events API {@code event_callback}; HTTP mode posts it as JSON, Socket Mode wraps it in {@code events_api}. */
    public static final class EventCallback {
        private final ObjectNode event;
        private String teamId = TEAM_ID;
        private String apiAppId = API_APP_ID;
        private String eventId = "Ev" + String.format("%08d", SEQUENCE.incrementAndGet());
        private long eventTime = 1_700_000_000L;

        EventCallback(ObjectNode event) {
            this.event = event;
        }

        public EventCallback eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        public EventCallback eventTime(long epochSeconds) {
            this.eventTime = epochSeconds;
            return this;
        }

        public EventCallback teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public EventCallback apiAppId(String apiAppId) {
            this.apiAppId = apiAppId;
            return this;
        }

        public String eventId() {
            return eventId;
        }

        /** The inner event; mutable, to add fields (e.g. {@code view}) before signing. */
        public ObjectNode event() {
            return event;
        }

        public ObjectNode toJsonNode() {
            ObjectNode p = JSON.createObjectNode();
            p.put("token", VERIFICATION_TOKEN);
            p.put("team_id", teamId);
            p.put("api_app_id", apiAppId);
            p.set("event", event.deepCopy());
            p.put("type", "event_callback");
            p.put("event_id", eventId);
            p.put("event_time", eventTime);
            ObjectNode auth = p.putArray("authorizations").addObject();
            auth.putNull("enterprise_id");
            auth.put("team_id", teamId);
            auth.put("user_id", FakeSlack.BOT_USER_ID);
            auth.put("is_bot", true);
            auth.put("is_enterprise_install", false);
            p.put("is_ext_shared_channel", false);
            p.put("event_context", "4-fake-" + eventId);
            return p;
        }

        public String json() {
            return write(toJsonNode());
        }
    }
}
