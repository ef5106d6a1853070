package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleOutputTest {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final ConsoleOutput output = new ConsoleOutput(
            new PrintStream(written, true, StandardCharsets.UTF_8), MutableClock.at("2026-03-04T10:00:00Z"));

    String written() {
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void text_arriving_while_the_prompt_waits_gets_lines_of_its_own_and_the_prompt_again() {
        output.prompt("alice> ");
        output.print("Round over! Which metric ...\nRight: bob");

        assertThat(written()).isEqualTo("alice> \nRound over! Which metric ...\nRight: bob\nalice> ");
    }

    @Test
    void replies_to_a_line_that_was_read_follow_it_directly() {
        output.prompt("alice> ");
        output.lineRead();
        output.print("alice: Locked in: B.");
        output.prompt("alice> ");

        assertThat(written()).isEqualTo("alice> alice: Locked in: B.\nalice> ");
    }

    @Test
    void without_a_prompt_text_is_printed_as_it_comes() {
        output.print("one");
        output.print("two");

        assertThat(written()).isEqualTo("one\ntwo\n");
    }

    @Test
    void nothing_printed_can_carry_an_escape_sequence() {
        output.print("Unknown topic or level '\u001B[2J'.");

        assertThat(written()).isEqualTo("Unknown topic or level '^[[2J'.\n");
    }
}
