package dev.mlquiz.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack's request signing, checked before anything parses the body: the HMAC of {@code v0:ts:body} under
 * the signing secret, and a timestamp within five minutes of now, in the past or the future (a replayed
 * or pre-signed request is refused either way). Bolt checks the signature again after us.
 */
final class RequestSignatures {
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final SlackSignature.Generator generator;
    private final Clock clock;

    RequestSignatures(String signingSecret, Clock clock) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    boolean valid(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > WINDOW.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(
                generator.generate(timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
