package dev.mlquiz.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayerTest {
    static final PlayerId ID = new PlayerId(Platform.SLACK, "U1");

    @Test
    void control_characters_are_no_part_of_a_name() {
        assertThat(new Player(ID, "al\u0000ice\u0007\n").displayName()).isEqualTo("alice");
    }

    @Test
    void a_name_of_nothing_printable_is_the_players_id() {
        assertThat(new Player(ID, "\u0000\t ").displayName()).isEqualTo("U1");
    }
}
