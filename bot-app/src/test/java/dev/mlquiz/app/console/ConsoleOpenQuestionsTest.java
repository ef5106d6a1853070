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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which question a letter answers, and what is shown again when the playground starts on an old database. */
class ConsoleOpenQuestionsTest {
    static final QuestionBank BANK = QuestionBank.bundled();
    static final Pattern ASKED = Pattern.compile("Question \\(([^,]+), [^\\n]*\\n([^\\n]+)\\n");

    @TempDir
    Path dir;

    MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    long runs;

    /** One run of the playground on the test's database file, as {@code ./mlquiz} would start it. */
    String run(String... lines) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        withQuiz(output, quiz -> new ConsolePlayground(quiz, output, false)
                .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n"))));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    void withQuiz(ConsoleOutput output, Consumer<Quiz> use) {
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            use.accept(new Quiz(BANK, JdbcStorage.stores(db), output, clock, new SplittableRandom(runs++)));
        }
    }

    /** The timer's work between runs: the question of the day is posted while nobody watches. */
    void postDueQuestionsOfTheDay() {
        ConsoleOutput elsewhere =
                new ConsoleOutput(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock);
        withQuiz(elsewhere, Quiz::postDueDailyQuestions);
    }

    /** The topic and the first six words of the last question card printed. */
    static String lastAsked(String output) {
        Matcher card = ASKED.matcher(output);
        String found = null;
        while (card.find()) {
            String[] words = card.group(2).split(" ");
            found = card.group(1) + ": \""
                    + String.join(" ", Arrays.asList(words).subList(0, 6)) + " ...";
        }
        if (found == null) {
            throw new AssertionError("no question card in:\n" + output);
        }
        return found;
    }

    @Test
    void a_letter_answers_the_round_shown_in_this_run_not_the_practice_question_left_open_by_the_last_one() {
        run("/mlquiz practice", "/quit");
        clock.advance(Duration.ofMinutes(5));

        String output = run("/mlquiz ask", "a", "/mlquiz close", "b", "/mlquiz stats");

        assertThat(output)
                .contains("Your practice question (")
                .contains(") is still open; /mlquiz practice shows it again.\n")
                .contains("you, on the channel round (" + lastAsked(output) + "\"): Locked in: A. ")
                .doesNotContain("Nobody answered")
                .contains("\n1 answer, ");
        String afterClose = output.substring(output.indexOf("You closed the round early."));
        assertThat(afterClose)
                .containsPattern(
                        "you, on your practice question \\([^)]+\\): (Correct! The answer is B\\)|Not quite: you chose B\\.)")
                .contains("Stats for you: 2 answered");
    }

    @Test
    void with_two_questions_open_a_letter_answers_the_one_shown_last_and_says_which() {
        String output = run("/mlquiz practice", "/mlquiz ask", "a", "/mlquiz practice", "b", "/mlquiz close");

        String round = output.substring(output.indexOf("Question ("), output.indexOf("you, on"));
        assertThat(output).contains("you, on the channel round (" + lastAsked(round) + "\"): Locked in: A. ");
        String practiceAgain = output.substring(output.indexOf("Your practice question is still open"));
        assertThat(practiceAgain)
                .containsPattern(
                        "you, on your practice question \\([^)]+\\): (Correct! The answer is B\\)|Not quite: you chose B\\.)");
        assertThat(output).contains("\n1 answer, ");
    }

    @Test
    void a_single_question_seen_in_this_run_is_answered_without_naming_it() {
        assertThat(run("/mlquiz ask", "c")).contains("\nyou: Locked in: C. ");
    }

    @Test
    void another_player_answers_the_channel_round_not_someone_elses_practice_question() {
        String output = run("/mlquiz ask", "/mlquiz practice", "/as bob", "d");

        assertThat(output).contains("\nbob: Locked in: D. ");
    }

    @Test
    void a_restart_shows_the_open_round_and_question_of_the_day_again_and_mentions_the_practice_question() {
        run("/mlquiz qotd on 10:30 daily", "/quit");
        clock.set(Instant.parse("2026-03-04T10:30:00Z"));
        postDueQuestionsOfTheDay();
        clock.advance(Duration.ofMinutes(1));
        String before = run("/mlquiz ask", "/mlquiz practice", "/quit");
        String round = before.substring(
                before.lastIndexOf("Question (", before.indexOf("Practice (")), before.indexOf("Practice ("));
        clock.advance(Duration.ofSeconds(15));

        String output = run("/quit");

        assertThat(output.lines().skip(1).findFirst()).contains("A round is still open in this channel:");
        assertThat(output)
                .contains("A round is still open in this channel:\nQuestion (")
                .contains(" - answer within 45 s\n"
                        + round.lines().skip(1).findFirst().orElseThrow() + "\n")
                .contains("The question of the day is still open:\nQuestion (")
                .contains("Your practice question (")
                .endsWith("is still open; /mlquiz practice shows it again.\nBye.\n");
    }

    @Test
    void ask_with_a_round_open_shows_that_round_again() {
        String first = run("/mlquiz ask", "/quit");
        String prompt = first.lines()
                .dropWhile(line -> !line.startsWith("Question ("))
                .skip(1)
                .findFirst()
                .orElseThrow();
        clock.advance(Duration.ofSeconds(10));

        String output = run("/mlquiz ask", "b");

        assertThat(output)
                .contains("A round is already open in this channel; here it is again.\nQuestion (")
                .contains(" - answer within 50 s\n" + prompt + "\n")
                .contains("\nyou: Locked in: B. ")
                .doesNotContain("answer it above");
    }

    @Test
    void practice_with_another_filter_replaces_the_open_question_and_the_same_filter_shows_it_again() {
        String output = run("/mlquiz practice core-concepts", "/mlquiz practice llms adv", "/mlquiz practice llms adv");

        assertThat(output)
                .contains("Practice (Core ML concepts, ")
                .contains("Your open practice question (Core ML concepts) is replaced by one on llms-nlp, advanced;"
                        + " the old one does not count.\nPractice (LLMs & NLP, advanced)\n")
                .contains("Your practice question is still open: answer it, or ask for another topic or level to"
                        + " replace it.\nPractice (LLMs & NLP, advanced)\n");
    }
}
