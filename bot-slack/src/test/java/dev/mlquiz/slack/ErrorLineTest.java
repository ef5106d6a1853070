package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorLineTest {
    @Test
    void a_response_url_in_an_error_keeps_its_host_and_loses_its_capability() {
        IllegalArgumentException bad = new IllegalArgumentException(
                "Expected URL scheme 'http' or 'https' but no scheme was found for https://hooks.slack.com/actions/T1/123/SECRET");

        assertThat(ErrorLine.of(bad))
                .isEqualTo("IllegalArgumentException: Expected URL scheme 'http' or 'https' but no scheme was found for"
                        + " https://hooks.slack.com/…")
                .doesNotContain("SECRET");
    }

    @Test
    void outside_text_cannot_forge_a_log_line_or_run_on() {
        assertThat(ErrorLine.excerpt("ask\n12:00:00 ERROR forged\r\u001b[2J"))
                .isEqualTo("ask 12:00:00 ERROR forged [2J");
        assertThat(ErrorLine.excerpt("x".repeat(5_000))).hasSize(300).endsWith("…");
        assertThat(ErrorLine.of(new IOException())).isEqualTo("IOException");
    }
}
