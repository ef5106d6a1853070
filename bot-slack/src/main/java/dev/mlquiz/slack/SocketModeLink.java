package dev.mlquiz.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the Socket Mode connection is up, for readiness: down when Slack announces a disconnect or the
 * socket closes, up again at the next {@code hello} (Bolt reconnects by itself). Watching starts right
 * after the client connected, so it starts up.
 */
final class SocketModeLink {
    private final AtomicBoolean up = new AtomicBoolean(true);

    static SocketModeLink watch(SocketModeClient client) {
        SocketModeLink link = new SocketModeLink();
        client.addWebSocketMessageListener(link::received);
        client.addWebSocketCloseListener((code, reason) -> link.up.set(false));
        return link;
    }

    boolean up() {
        return up.get();
    }

    private void received(String message) {
        String type = typeOf(message);
        if (type.equals("hello")) {
            up.set(true);
        } else if (type.equals("disconnect")) {
            up.set(false);
        }
    }

    private static String typeOf(String message) {
        try {
            JsonObject json = JsonParser.parseString(message).getAsJsonObject();
            return json.has("type") ? json.get("type").getAsString() : "";
        } catch (RuntimeException notAnObject) {
            return "";
        }
    }
}
