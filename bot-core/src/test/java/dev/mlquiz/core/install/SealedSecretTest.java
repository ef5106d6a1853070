package dev.mlquiz.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealedSecretTest {
    @Test
    void its_bytes_are_copies_and_it_never_prints_them() {
        byte[] bytes = {1, 2, 3};
        SealedSecret secret = new SealedSecret(bytes);
        bytes[0] = 9;
        secret.bytes()[1] = 9;

        assertThat(secret.bytes()).containsExactly(1, 2, 3);
        assertThat(secret).hasToString("SealedSecret[3 bytes]");
    }

    @Test
    void an_empty_or_oversized_secret_is_refused() {
        assertThatThrownBy(() -> new SealedSecret(new byte[0])).hasMessageContaining("1-2048 bytes");
        assertThatThrownBy(() -> new SealedSecret(new byte[SealedSecret.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
