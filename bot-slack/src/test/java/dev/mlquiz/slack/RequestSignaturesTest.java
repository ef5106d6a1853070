package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignaturesTest {
    static final String SECRET = "signing-secret";
    static final long NOW = 1_700_000_000L;
    static final String BODY = "command=%2Fmlquiz&text=help";

    final RequestSignatures signatures =
            new RequestSignatures(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SECRET).generate(Long.toString(timestamp), body);
    }

    boolean validAt(long timestamp) {
        return signatures.valid(Long.toString(timestamp), sign(timestamp, BODY), BODY);
    }

    @Test
    void a_timestamp_up_to_five_minutes_either_side_of_now_is_accepted() {
        assertThat(validAt(NOW)).isTrue();
        assertThat(validAt(NOW - 300)).isTrue();
        assertThat(validAt(NOW + 300)).isTrue();
    }

    @Test
    void a_timestamp_more_than_five_minutes_in_the_past_or_the_future_is_refused() {
        assertThat(validAt(NOW - 301)).isFalse();
        assertThat(validAt(NOW + 301)).isFalse();
    }

    @Test
    void a_signature_over_another_body_or_with_another_secret_is_refused() {
        String timestamp = Long.toString(NOW);

        assertThat(signatures.valid(timestamp, sign(NOW, "command=%2Fother"), BODY))
                .isFalse();
        assertThat(signatures.valid(
                        timestamp, new SlackSignature.Generator("other-secret").generate(timestamp, BODY), BODY))
                .isFalse();
    }

    @Test
    void missing_or_malformed_headers_are_refused() {
        assertThat(signatures.valid(null, sign(NOW, BODY), BODY)).isFalse();
        assertThat(signatures.valid(Long.toString(NOW), null, BODY)).isFalse();
        assertThat(signatures.valid("soon", sign(NOW, BODY), BODY)).isFalse();
        assertThat(signatures.valid("99999999999999999999", sign(NOW, BODY), BODY))
                .isFalse();
    }
}
