package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console shows nothing of an open round's answers but how many there are. */
class ConsoleFairPlayTest {
    @TempDir
    Path dir;

    String play(String... lines) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            Quiz quiz =
                    new Quiz(QuestionBank.bundled(), JdbcStorage.stores(db), output, clock, new SplittableRandom(7));
            new ConsolePlayground(quiz, output, false)
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** alice asks; alice, bob, carol and dave answer A, B, C and D: exactly one is right, whatever is drawn. */
    static final String ASKED_AND_ANSWERED_ONCE_PER_LETTER =
            String.join("\n", "/as alice", "/mlquiz ask", "A", "/as bob", "B", "/as carol", "C", "/as dave", "D");

    @Test
    void the_issues_scenario_shows_eve_an_empty_board_and_no_ones_answers() {
        String output = play(
                ASKED_AND_ANSWERED_ONCE_PER_LETTER,
                "/as eve",
                "/mlquiz leaderboard",
                "/mlquiz leaderboard all channel",
                "/mlquiz leaderboard teams",
                "/mlquiz stats carol",
                "/mlquiz stats alice");

        String afterEve = output.substring(output.indexOf("You are now 'eve'."));
        assertThat(afterEve)
                .doesNotContain("1 point")
                .doesNotContain("correct)")
                .contains("Stats for carol: No answers yet")
                .contains("Stats for alice: No answers yet");
    }

    @Test
    void after_the_reveal_the_board_shows_the_points() {
        String output = play(ASKED_AND_ANSWERED_ONCE_PER_LETTER, "/mlquiz close", "/mlquiz leaderboard");

        String board = output.substring(output.lastIndexOf("Leaderboard"));
        assertThat(board).contains("(4 players)").contains("(1/1 correct)");
        assertThat(board.split("\\(1/1 correct\\)", -1)).hasSize(2);
    }
}
