package dev.mlquiz.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.RoundId;
import org.junit.jupiter.api.Test;

class AnswerButtonIdTest {
    @Test
    void an_id_decodes_to_what_it_encoded() {
        AnswerButtonId id = new AnswerButtonId(new RoundId("mhk2x9q0abcd1234"), Letter.C);

        assertThat(AnswerButtonId.decode(id.encode())).contains(id);
        assertThat(id.encode()).isEqualTo("mlquiz.answer.v1.mhk2x9q0abcd1234.C");
    }

    @Test
    void the_longest_id_fits_discords_limit() {
        AnswerButtonId longest = new AnswerButtonId(new RoundId("z".repeat(24)), Letter.D);

        assertThat(longest.encode()).hasSizeLessThanOrEqualTo(AnswerButtonId.MAX_LENGTH);
    }

    @Test
    void forged_or_foreign_ids_do_not_decode() {
        assertThat(AnswerButtonId.decode("mlquiz.answer.v1.abcd1234.E")).isEmpty();
        assertThat(AnswerButtonId.decode("mlquiz.answer.v1.ab.A")).isEmpty();
        assertThat(AnswerButtonId.decode("mlquiz.answer.v1.abcd1234.A.extra")).isEmpty();
        assertThat(AnswerButtonId.decode("other-bot:button")).isEmpty();
        assertThat(AnswerButtonId.decode("")).isEmpty();
        assertThat(AnswerButtonId.decode(null)).isEmpty();
    }
}
