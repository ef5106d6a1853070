package dev.mlquiz.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    static String english(Text text) {
        return Catalog.english().resolve(text);
    }

    @Test
    void counts_take_the_singular_for_one_only() {
        assertThat(english(Phrases.answers(1))).isEqualTo("1 answer");
        assertThat(english(Phrases.answers(0))).isEqualTo("0 answers");
        assertThat(english(Phrases.players(1))).isEqualTo("1 player");
        assertThat(english(Phrases.players(12))).isEqualTo("12 players");
    }

    @Test
    void a_share_is_a_whole_percentage() {
        assertThat(english(Phrases.percent(2.0 / 3))).isEqualTo("67%");
        assertThat(english(Phrases.percent(0))).isEqualTo("0%");
    }

    @Test
    void durations_take_their_units_from_the_catalog() {
        assertThat(english(Phrases.duration(Duration.ofSeconds(45)))).isEqualTo("45 s");
        assertThat(english(Phrases.duration(Duration.ofSeconds(570)))).isEqualTo("9 min 30 s");
        assertThat(english(Phrases.duration(Duration.ofMinutes(880)))).isEqualTo("14 h 40 min");
        assertThat(english(Phrases.duration(Duration.ofHours(71)))).isEqualTo("2 d 23 h");
        assertThat(english(Phrases.duration(Duration.ofHours(48)))).isEqualTo("2 d");
    }

    @Test
    void sentences_follow_one_another() {
        assertThat(english(Phrases.sentences(Text.of(Msg.ON), Text.of(Msg.OFF), Text.of(Msg.ON))))
                .isEqualTo("on off on");
    }
}
