package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.slack.TokenCipher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in OAuth mode: what it refuses to start with, in one line and exit 1. */
class SlackOAuthLaunchTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    int launch(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "MLQUIZ_DB", dir.resolve("quiz.db").toString(),
                "SLACK_CLIENT_ID", "123.456",
                "SLACK_CLIENT_SECRET", "client-secret",
                "SLACK_SIGNING_SECRET", "signing-secret",
                "MLQUIZ_HTTP_HOST", "127.0.0.1",
                "MLQUIZ_HTTP_PORT", "0"));
        env.putAll(settings);
        env.values().removeIf(String::isEmpty);
        return new Main(
                        env,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false,
                        ShutdownSignal::new)
                .run(List.of());
    }

    /** What the launcher said after naming the database. */
    String problem() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("mlquiz: scores are kept in ");
        return lines.get(1);
    }

    @Test
    void without_a_secret_key_oauth_mode_does_not_start() {
        assertThat(launch(Map.of())).isEqualTo(1);

        assertThat(problem())
                .isEqualTo("mlquiz: Slack OAuth mode needs MLQUIZ_SECRET_KEY to seal bot tokens in the database: "
                        + TokenCipher.KEY_FORMAT + ".");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("mlquiz is running");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_without_being_shown() {
        assertThat(launch(Map.of("MLQUIZ_SECRET_KEY", "hunter2hunter2"))).isEqualTo(1);

        assertThat(problem())
                .startsWith("mlquiz: MLQUIZ_SECRET_KEY holds 10 bytes, not 32")
                .doesNotContain("hunter2");
    }

    @Test
    void a_missing_client_secret_or_a_mix_with_token_mode_is_named() {
        assertThat(launch(Map.of("SLACK_CLIENT_SECRET", ""))).isEqualTo(1);
        assertThat(problem())
                .isEqualTo("mlquiz: Slack OAuth mode (SLACK_CLIENT_ID is set) needs SLACK_CLIENT_SECRET from your"
                        + " app's Basic Information page");

        err.reset();
        assertThat(launch(Map.of("SLACK_APP_TOKEN", "xapp-1"))).isEqualTo(1);
        assertThat(problem()).startsWith("mlquiz: Slack OAuth mode serves HTTP only");
    }

    @Test
    void an_admin_entry_that_names_no_slack_user_is_refused_at_start() {
        assertThat(launch(Map.of("MLQUIZ_SLACK_ADMINS", "T0ONE:U0BOB, bob@example.com")))
                .isEqualTo(1);

        assertThat(problem())
                .isEqualTo("mlquiz: MLQUIZ_SLACK_ADMINS: 'bob@example.com' is neither a Slack user id (U024BE7LH)"
                        + " nor a workspace and user (T024BE7LD:U024BE7LH)");
    }

    @Test
    void help_lists_the_oauth_settings() {
        new Main(
                        Map.of(),
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err,
                        false,
                        ShutdownSignal::new)
                .run(List.of("help"));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "SLACK_CLIENT_ID, SLACK_CLIENT_SECRET",
                        "SLACK_REDIRECT_URI",
                        "MLQUIZ_SECRET_KEY",
                        "openssl rand -base64 32",
                        "/slack/oauth_redirect");
    }
}
