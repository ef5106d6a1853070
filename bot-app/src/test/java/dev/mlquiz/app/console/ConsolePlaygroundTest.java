package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            quiz.execute(admin, new Command.Ask(Filter.ANY));
            quiz.execute(admin, new Command.Close());
        }
        return announcer.reveals.get(0);
    }

    String play(String script) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            new ConsolePlayground(quiz(db, output), output, false, dir)
                    .run(new BufferedReader(new StringReader(script)));
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void export_saves_the_missed_questions_as_a_csv_file_and_says_where() throws Exception {
        String output = play("/mlquiz practice\nA\n/mlquiz practice\nB\n/mlquiz export all\n/quit\n");

        Path file = dir.resolve("mlquiz-answered.csv");
        assertThat(output)
                .contains("2 questions you answered, in mlquiz-answered.csv", "Saved to " + file.toAbsolutePath());
        assertThat(Files.readString(file)).startsWith("#separator:Comma").contains("#tags column:3");
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
                        "\nyou got it right (+" + English.points(expected.pointsEach()) + ").\n2 answers, 50% right.\n"
                                + "Question " + expected.questionId() + ". Something wrong with it? /mlquiz report "
                                + expected.questionId() + " wrong|unclear|outdated|other [details]\n"
                                + "You closed the round early.\n",
                        "Leaderboard - Team, this week (2 players)\n"
                                + "  1. you                  " + English.points(expected.pointsEach())
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
                        "! 'no spaces allowed' cannot be a name: use 1-32 letters or digits (any alphabet), dots,"
                                + " dashes or underscores, without spaces.",
                        "! Unknown topic or level 'quantum'. Topics: "
                                + String.join(
                                        ", ", QuestionBank.bundled().topics().ids())
                                + ". Levels: beginner, intermediate, advanced.",
                        "! Unknown command 'frobnicate'. Try /mlquiz help for the list of commands.");
    }

    @Test
    void a_slash_word_that_is_not_a_command_is_an_unknown_command_and_keeps_the_player() {
        String output = play("/ask\n/asdf\n/as\n/help me\n/mlquiz practice\nA\n");

        String unknown = "'. Commands start with /mlquiz (try /mlquiz help); /as NAME switches player, /quit leaves.";
        assertThat(output.lines().skip(1))
                .startsWith(
                        "! Unknown command '/ask" + unknown,
                        "! Unknown command '/asdf" + unknown,
                        "! Use /as NAME to switch player, for example /as alice.",
                        "! Unknown command '/help" + unknown);
        assertThat(output).doesNotContain("You are now").containsPattern("\nyou: (Correct|Not quite)");
    }

    @Test
    void a_name_is_one_player_whatever_its_case_and_keeps_the_spelling_it_was_first_given() {
        String output = play(String.join(
                "\n",
                "/as Alice",
                "/mlquiz ask",
                "A",
                "/as ALICE",
                "/mlquiz close",
                "/mlquiz leaderboard",
                "/as bob",
                "/mlquiz stats Alice",
                "/mlquiz stats alice",
                "/mlquiz stats aLIce",
                ""));

        assertThat(output).contains("You are now 'Alice'.\nQuestion", "You are now 'Alice'.\nRound over!");
        assertThat(output).doesNotContain("ALICE");
        assertThat(output).containsPattern("\\n  1\\. Alice +\\d+ points? \\([01]/1 correct\\)  <- you\\n");
        assertThat(output.lines().filter(line -> line.startsWith("Stats for")))
                .hasSize(3)
                .allMatch(line -> line.startsWith("Stats for Alice: 1 answered, "));
    }

    @Test
    void a_name_nobody_has_played_under_is_named_as_unknown() {
        String output = play("/mlquiz practice\nA\n/mlquiz stats nobody\n/mlquiz stats <@U123>\n/mlquiz stats You\n");

        assertThat(output.lines().skip(1))
                .contains(
                        "! No player called 'nobody' has played here yet.",
                        "! No player called '<@U123>' has played here yet.")
                .anyMatch(line -> line.startsWith("Stats for you: 1 answered, "));
    }

    @Test
    void names_may_use_any_alphabet_and_match_whatever_their_case_or_composition() {
        String output = play(String.join(
                "\n",
                "/as José",
                "/mlquiz practice",
                "A",
                "/as 東京",
                "/as JOSE\u0301",
                "/mlquiz stats jose\u0301",
                "/mlquiz stats JOSÉ",
                "/as " + "é".repeat(33),
                "/as ana maria",
                ""));

        assertThat(output.lines().skip(1))
                .contains(
                        "You are now 'José'.",
                        "You are now '東京'.",
                        "! '" + "é".repeat(33) + "' cannot be a name: use 1-32 letters or digits (any alphabet),"
                                + " dots, dashes or underscores, without spaces.",
                        "! 'ana maria' cannot be a name: use 1-32 letters or digits (any alphabet), dots, dashes or"
                                + " underscores, without spaces.")
                .doesNotContain("You are now 'JOSÉ'.");
        assertThat(output.lines().filter(line -> line.startsWith("Stats for")))
                .hasSize(2)
                .allMatch(line -> line.startsWith("Stats for José: 1 answered, "));
    }

    @Test
    void a_very_long_line_is_refused_without_echoing_it() {
        String output = play("x".repeat(10_000) + "\n/mlquiz ask " + "y".repeat(10_000) + "\n");

        assertThat(output.lines().skip(1))
                .containsExactly(
                        "! That line is too long (10000 characters; a command fits in 600). Type A-D to answer,"
                                + " /mlquiz help for commands.",
                        "! That line is too long (10012 characters; a command fits in 600). Type A-D to answer,"
                                + " /mlquiz help for commands.");
    }

    @Test
    void typed_text_comes_back_as_a_short_excerpt_that_cannot_act_on_the_terminal() {
        String output = play("\u001B[2J\n" + "hello ".repeat(20) + "\n/as \u001B[31mred\n/mlquiz ask \u001B[2J\n");

        assertThat(output).doesNotContain("\u001B");
        assertThat(output.lines().skip(1))
                .startsWith(
                        "! Unknown input '^[[2J'. Type A-D to answer, /mlquiz help for commands, /as NAME to switch"
                                + " player, /quit to leave.",
                        "! Unknown input '" + "hello ".repeat(7).substring(0, 39) + "…'. Type A-D to answer, /mlquiz"
                                + " help for commands, /as NAME to switch player, /quit to leave.",
                        "! '^[[31mred' cannot be a name: use 1-32 letters or digits (any alphabet), dots, dashes or"
                                + " underscores, without spaces.")
                .last()
                .asString()
                .contains("'^[[2J'");
    }

    @Test
    void a_reveal_arriving_while_someone_types_gets_lines_of_its_own_and_the_prompt_again() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            Quiz quiz = quiz(db, output);
            BufferedReader typing = new BufferedReader(new StringReader("/mlquiz ask\n/as José\n/mlquiz topics\n")) {
                int lines;

                /** The round timer fires while the console waits for the second line. */
                @Override
                public String readLine() throws java.io.IOException {
                    if (++lines == 2) {
                        clock.advance(java.time.Duration.ofMinutes(2));
                        quiz.closeDueRounds();
                    }
                    return super.readLine();
                }
            };
            new ConsolePlayground(quiz, output, true).run(typing);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(printed)
                .contains("\nyou> Question (")
                .contains("\nyou> \nRound over! ")
                .contains("\nyou> You are now 'José'.\nJosé> Topics:")
                .endsWith("\nJosé> ");
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
                .containsPattern(
                        "\nNobody answered.\nQuestion [a-z0-9-]+\\. Something wrong with it\\? [^\n]+\nYou closed the round early.\n")
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
