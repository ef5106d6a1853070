package dev.mlquiz.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.RoundId;
import org.junit.jupiter.api.Test;

/** What every {@link RoundMessages} must do; one subclass per implementation. */
public abstract class RoundMessagesContract {
    protected abstract RoundMessages messages();

    @Test
    void a_round_without_a_message_has_no_reference() {
        assertThat(messages().messageRef(new RoundId("round1"))).isEmpty();
    }

    @Test
    void the_reference_attached_last_is_the_one_kept() {
        messages().attach(new RoundId("round1"), "2000/3000");
        messages().attach(new RoundId("round2"), "1712345678.000100");
        messages().attach(new RoundId("round1"), "2000/3001");

        assertThat(messages().messageRef(new RoundId("round1"))).contains("2000/3001");
        assertThat(messages().messageRef(new RoundId("round2"))).contains("1712345678.000100");
    }
}
