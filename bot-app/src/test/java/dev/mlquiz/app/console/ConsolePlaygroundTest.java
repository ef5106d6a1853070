package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.store.Database;
import dev.mlquiz.core.store.JdbcStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.Wording;
import dev.mlquiz.questions.bank.QuestionBank;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePlaygroundTest {
    static final QuestionBank BANK = QuestionBank.bundled();
    static final long SEED = 7;

    @TempDir
    Path dir;

    MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");

    Quiz quiz(Database db, Announcer announcer) {
        return new Quiz(BANK, JdbcStorage.stores(db), announcer, clock, new SplittableRandom(SEED));
    }

    /** With the same seed, clock and empty database, the first round is always the same: learn its answer. */
    RevealView firstRound() {
        RecordingAnnouncer announcer = new RecordingAnnouncer();
        try (Database db = Database.sqlite(dir.resolve("dry-run.db"))) {
            Quiz quiz = quiz(db, announcer);
            Invocation admin = new Invocation(
                    new Player(new PlayerId(Platform.CONSOLE, "you"), "you"),
                    ConsolePlayground.CHANNEL,
                    "playground",
                    true);
            quiz.ask(admin, dev.mlquiz.core.command.Filter.ANY);
            quiz.close(admin);
        }
        return announcer.reveals.get(0);
    }

    String play(String script) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            new ConsolePlayground(quiz(db, output), output, false).run(new BufferedReader(new StringReader(script)));
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_scripted_session_plays_two_players_through_a_round_and_shows_the_leaderboard() {
        RevealView expected = firstRound();
        Letter right = expected.correct();
        Letter wrong = Letter.values()[(right.ordinal() + 1) % 4];

        String output = play(String.join(
                "\n",
                "/mlquiz ask",
                right.name().toLowerCase(),
                "/as bob",
                wrong.name(),
                right.name(),
                "/mlquiz close",
                "/mlquiz leaderboard",
                ""));

        String rightText = expected.correctOption().text();
        String wrongText = expected.options().get(wrong.ordinal()).text();
        assertThat(output)
                .contains(
                        "answer within 1 min\n" + expected.prompt() + "\n",
                        "you: Locked in: " + right + ". " + rightText + "\n",
                        "You are now 'bob'.\n",
                        "bob: Locked in: " + wrong + ". " + wrongText + "\n",
                        "bob: ! You already answered " + wrong + ". Your first choice counts.\n",
                        "Round over! " + expected.prompt() + "\n",
                        "> " + right + ") " + rightText + "  [1]\n",
                        "  " + wrong + ") " + wrongText + "  [1]\n",
                        "\nyou got it right (+" + Wording.points(expected.pointsEach()) + ").\n2 answers, 50% right.\n"
                                + "You closed the round early.\n",
                        "Leaderboard - Team, this week (2 players)\n"
                                + "  1. you                  " + Wording.points(expected.pointsEach())
                                + " (1/1 correct)\n"
                                + "  2. bob                  0 points (0/1 correct)  <- you\n");
        assertThat(output)
                .startsWith("mlquiz console playground - " + BANK.questions().size() + " questions.");
    }

    @Test
    void errors_are_one_clear_line() {
        String output = play("hello\nE\n/as no spaces allowed\n/mlquiz ask quantum\n/mlquiz frobnicate\n");

        assertThat(output.lines().skip(1))
                .containsExactly(
                        "! Unknown input 'hello'. Type A-D to answer, /mlquiz help for commands, /as NAME to switch player,"
                                + " /quit to leave.",
                        "! Unknown input 'E'. Type A-D to answer, /mlquiz help for commands, /as NAME to switch player,"
                                + " /quit to leave.",
                        "! Use /as NAME with 1-32 letters, digits, dots, dashes or underscores.",
                        "! Unknown topic or level 'quantum'. Topics: core-concepts, deep-learning, llms-nlp, "
                                + "evaluation-statistics, mlops-production, responsible-ai, system-design, interview-craft. "
                                + "Levels: beginner, intermediate, advanced.",
                        "! Unknown command 'frobnicate'. Try /mlquiz help for the list of commands.");
    }

    @Test
    void every_refusal_starts_with_an_exclamation_mark_and_every_confirmation_does_not() {
        String output = play(String.join(
                "\n",
                "/mlquiz close",
                "/mlquiz config ask-cooldown 90",
                "/mlquiz config round-seconds 600",
                "/mlquiz ask",
                "/mlquiz close",
                "/mlquiz ask",
                "/mlquiz config round-seconds 5",
                ""));

        assertThat(output)
                .contains(
                        "\n! No round is open in this channel. Start one with /mlquiz ask.\n",
                        "\nA new round can be asked here 1 min 30 s after the last one closed.\n",
                        "\nRounds in this channel now last 10 min.\n",
                        "answer within 10 min\n",
                        "\nYou closed the round early.\n",
                        "\n! This channel has a 1 min 30 s cooldown between rounds. The next question can be asked in"
                                + " 1 min 30 s.\n",
                        "\n! ");
        assertThat(output.lines().reduce((first, second) -> second).orElseThrow())
                .as("the out-of-range length is refused")
                .startsWith("! ");
    }

    @Test
    void a_round_nobody_answered_says_so_without_counting_zero_answers() {
        String output = play("/mlquiz ask\n/mlquiz close\n");

        assertThat(output)
                .contains("\nNobody answered.\nYou closed the round early.\n")
                .doesNotContain("0 answers");
    }

    @Test
    void a_letter_with_no_open_question_says_how_to_start_one() {
        assertThat(play("B\n"))
                .endsWith("! No question is waiting for you. Start one with /mlquiz ask or /mlquiz practice.\n");
    }

    @Test
    void quit_ends_the_session_and_ignores_the_rest() {
        assertThat(play("/quit\n/mlquiz topics\n")).endsWith("Bye.\n").doesNotContain("Topics:");
    }

    @Test
    void practice_answers_come_back_with_feedback_at_once() {
        String output = play("/mlquiz practice\nA\n/mlquiz stats\n");

        assertThat(output)
                .containsPattern("you: (Correct! The answer is A\\)|Not quite: you chose A\\. The answer is [B-D]\\))");
        assertThat(output).contains("Stats for you: 1 answered");
    }
}
