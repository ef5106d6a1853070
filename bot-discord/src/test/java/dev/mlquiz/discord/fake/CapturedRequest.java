package dev.mlquiz.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One HTTP request that reached the fake Discord REST API.
 *
 * @param method  HTTP method, upper case ("POST")
 * @param path    path relative to {@code /api/v10/}, without query, e.g. {@code interactions/1/tok/callback}
 * @param query   raw query string without '?', empty if none
 * @param headers request headers, keys lower case
 * @param body    request body as UTF-8 text (for multipart requests the whole multipart body)
 * @param json    the JSON payload (for multipart: the {@code payload_json} part), {@link MissingNode} if none
 * @param raw     the request body's bytes, for the files of a multipart request
 */
public record CapturedRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        JsonNode json,
        byte[] raw) {

    /** The bytes of the multipart file part uploaded as {@code fileName} (an attachment), if there is one. */
    public Optional<byte[]> file(String fileName) {
        String contentType = Objects.requireNonNullElse(header("content-type"), "");
        int b = contentType.indexOf("boundary=");
        if (b < 0) {
            return Optional.empty();
        }
        String boundary = contentType
                .substring(b + "boundary=".length())
                .replace("\"", "")
                .trim();
        // ISO-8859-1 maps each byte to one char and back, so binary parts survive the split unchanged.
        String bytes = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : bytes.split("--" + Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && part.substring(0, headerEnd).contains("filename=\"" + fileName + "\"")) {
                String content = part.substring(headerEnd + 4);
                content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
                return Optional.of(content.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return Optional.empty();
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Decoded value of a query parameter, if present. */
    public Optional<String> queryParam(String name) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** True if method matches (case-insensitive) and the relative path matches the regex completely. */
    public boolean matches(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && path.matches(pathRegex);
    }

    /** True if this is the interaction callback (POST interactions/{id}/{token}/callback) for the interaction. */
    public boolean isCallbackFor(InteractionRef interaction) {
        return "POST".equals(method) && path.equals(interaction.callbackPath());
    }

    /** The path segments of {@link #path()}. */
    public String[] segments() {
        return path.split("/");
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query)
                + (body.isEmpty() ? "" : " " + abbreviate(body));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
