package dev.mlquiz.slack.fake;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs request bodies the way Slack does ({@code v0=HMAC-SHA256(secret, "v0:" + ts + ":" + body)}) and turns them
 * into Bolt {@link Request}s through {@link SlackRequestParser}, or into a {@link HttpRequest} for a real local HTTP
 * front.
 *
 * <p>Bolt checks the timestamp against the system clock (older than 5 minutes is rejected), so the clock given here
 * only decides which timestamp gets signed: {@link #olderBy(Duration)} produces correctly signed, expired requests.
 */
public final class SignedRequests {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    private final String signingSecret;
    private final Clock clock;

    public SignedRequests(String signingSecret, Clock clock) {
        this.signingSecret = Objects.requireNonNull(signingSecret);
        this.clock = Objects.requireNonNull(clock);
        new SlackSignature.Generator(signingSecret); // fails early on a blank secret
    }

    public SignedRequests(String signingSecret) {
        this(signingSecret, Clock.systemUTC());
    }

    public SignedRequests withClock(Clock clock) {
        return new SignedRequests(signingSecret, clock);
    }

    /** Signs with a timestamp {@code age} in the past (e.g. 6 minutes: Bolt answers 401). */
    public SignedRequests olderBy(Duration age) {
        return withClock(Clock.offset(clock, age.negated()));
    }

    /** The {@code X-Slack-Request-Timestamp} value this instance signs with now: epoch seconds. */
    public String timestamp() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    public SignedRequest slashCommand(SlackPayloads.SlashCommand command) {
        return sign(command.formBody(), FORM);
    }

    public SignedRequest blockActions(SlackPayloads.BlockAction action) {
        return sign(action.formBody(), FORM);
    }

    public SignedRequest viewSubmission(SlackPayloads.ViewSubmission submission) {
        return sign(submission.formBody(), FORM);
    }

    public SignedRequest event(SlackPayloads.EventCallback event) {
        return sign(event.json(), JSON);
    }

    /** Signs any raw body. */
    public SignedRequest sign(String body, String contentType) {
        String ts = timestamp();
        String signature = new SlackSignature.Generator(signingSecret).generate(ts, body);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, List.of(ts));
        headers.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, List.of(signature));
        return new SignedRequest(body, headers);
    }

    /** A body plus the headers Slack would send with it. Immutable; the {@code with*} methods return copies. */
    public static final class SignedRequest {
        private final String body;
        private final Map<String, List<String>> headers;

        SignedRequest(String body, Map<String, List<String>> headers) {
            this.body = body;
            this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        public String body() {
            return body;
        }

        public Map<String, List<String>> headers() {
            return headers;
        }

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        public String timestamp() {
            return header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        }

        public String signature() {
            return header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        }

        /** Replaces (or adds) a header. */
        public SignedRequest withHeader(String name, String value) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            headers.forEach((k, v) -> {
                if (!k.equalsIgnoreCase(name)) {
                    copy.put(k, v);
                }
            });
            copy.put(name, List.of(value));
            return new SignedRequest(body, copy);
        }

        /** A redelivery: {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason} (e.g. {@code http_timeout}). */
        public SignedRequest withRetry(int retryNum, String retryReason) {
            return withHeader("X-Slack-Retry-Num", Integer.toString(retryNum))
                    .withHeader("X-Slack-Retry-Reason", retryReason);
        }

        public SignedRequest withSignature(String signature) {
            return withHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
        }

        /** Same body and timestamp, signed with another secret: well-formed but wrong. */
        public SignedRequest withWrongSignature() {
            return withSignature(new SlackSignature.Generator("not-the-signing-secret").generate(timestamp(), body));
        }

        /** Parses like Bolt's HTTP adapters do; run it with {@code app.run(request)}. */
        public Request<?> toBoltRequest(AppConfig config) {
            Request<?> request = new SlackRequestParser(config)
                    .parse(SlackRequestParser.HttpRequest.builder()
                            .requestUri("/slack/events")
                            .queryString(Collections.emptyMap())
                            .requestBody(body)
                            .headers(new RequestHeaders(headers))
                            .remoteAddress("127.0.0.1")
                            .build());
            if (request == null) {
                throw new IllegalArgumentException("Bolt recognises no request in: " + body);
            }
            return request;
        }

        public Request<?> toBoltRequest(App app) {
            return toBoltRequest(app.config());
        }

        /** For a real HTTP front, e.g. {@code POST http://127.0.0.1:P/slack/events}. */
        public HttpRequest toHttpRequest(URI uri) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
            return b.build();
        }

        @Override
        public String toString() {
            return "SignedRequest" + headers + " " + body;
        }
    }
}
