package dev.mlquiz.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checks made before a request's body is read: Slack only ever POSTs form or JSON bodies to the one
 * events URL, so nothing else gets as far as Bolt. (Jetty's SizeLimitHandler, in front, bounds the body.)
 */
final class RequestGate {
    static final Set<String> CONTENT_TYPES = Set.of("application/x-www-form-urlencoded", "application/json");

    /** An answer given instead of handling the request. */
    record Refusal(int status, String reason) {}

    private final String path;

    RequestGate(String path) {
        this.path = path;
    }

    /** @param rawPath the path as sent, not decoded or normalised ({@code /slack/events/../x} is not the path) */
    Optional<Refusal> check(String method, String rawPath, String contentType) {
        if (!path.equals(rawPath)) {
            return Optional.of(new Refusal(404, "not found"));
        }
        if (!"POST".equals(method)) {
            return Optional.of(new Refusal(405, "POST only"));
        }
        if (contentType == null || !CONTENT_TYPES.contains(mimeType(contentType))) {
            return Optional.of(new Refusal(415, "form or JSON bodies only"));
        }
        return Optional.empty();
    }

    /** "application/json; charset=utf-8" is "application/json". */
    private static String mimeType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
