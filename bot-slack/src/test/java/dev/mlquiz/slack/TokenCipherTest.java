package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final TeamId T1 = new TeamId(Platform.SLACK, "T1");
    static final TeamId T2 = new TeamId(Platform.SLACK, "T2");

    final TokenCipher cipher = TokenCipher.fromBase64(KEY);

    @Test
    void a_sealed_token_opens_to_itself_and_does_not_show_it() {
        SealedSecret sealed = cipher.seal(T1, "xoxb-123-secret");

        assertThat(cipher.open(T1, sealed)).isEqualTo("xoxb-123-secret");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("xoxb", "secret");
    }

    @Test
    void sealing_twice_gives_different_bytes() {
        assertThat(cipher.seal(T1, "xoxb-1")).isNotEqualTo(cipher.seal(T1, "xoxb-1"));
    }

    @Test
    void a_token_moved_to_another_workspace_or_opened_with_another_key_does_not_open() {
        SealedSecret sealed = cipher.seal(T1, "xoxb-1");
        TokenCipher other = TokenCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        }));

        assertThatThrownBy(() -> cipher.open(T2, sealed))
                .hasMessage("the token of slack:T2 does not open with MLQUIZ_SECRET_KEY (another key, or altered)");
        assertThatThrownBy(() -> other.open(T1, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_that_is_not_base64_or_not_32_bytes_is_refused_without_showing_it() {
        assertThatThrownBy(() -> TokenCipher.fromBase64("not base64!"))
                .hasMessage("MLQUIZ_SECRET_KEY is not base64; it must be " + TokenCipher.KEY_FORMAT)
                .message()
                .doesNotContain("not base64!");
        assertThatThrownBy(() -> TokenCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageStartingWith("MLQUIZ_SECRET_KEY holds 16 bytes, not 32");
        assertThat(cipher).hasToString("TokenCipher[AES-256-GCM]");
    }
}
