package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.SettingsView;
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
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted sessions: the settings, zones and question-of-the-day grammar as the console player sees them. */
class ConsoleSettingsTest {
    @TempDir
    Path dir;

    MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");

    String play(String... lines) {
        return play(QuestionBank.bundled(), lines);
    }

    String play(QuestionBank bank, String... lines) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsoleOutput output = new ConsoleOutput(new PrintStream(buffer, true, StandardCharsets.UTF_8), clock);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            Quiz quiz = new Quiz(bank, JdbcStorage.stores(db), output, clock, new SplittableRandom(7));
            new ConsolePlayground(quiz, output, false)
                    .run(new BufferedReader(new StringReader(String.join("\n", lines))));
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void config_alone_lists_the_channels_settings() {
        String output =
                play("/mlquiz config round-seconds 90", "/mlquiz config timezone europe/berlin", "/mlquiz config");

        assertThat(output)
                .contains(SettingsView.TITLE + ":\n"
                        + "  Round length: " + English.duration(Duration.ofSeconds(90)) + "\n"
                        + "  Ask cooldown: none\n"
                        + "  Time zone: Europe/Berlin (the team's; weeks and months follow it)\n"
                        + "  Question of the day: The question of the day is off in this channel.");
    }

    @Test
    void zones_are_read_alike_by_config_and_the_question_of_the_day() {
        String output = play(
                "/mlquiz config timezone utc",
                "/mlquiz qotd on 07:00 utc",
                "/mlquiz config timezone GMT+14",
                "/mlquiz qotd on 07:00 GMT+14");

        assertThat(output)
                .contains("The team's time zone is now UTC.", "The question of the day is on: Mon-Fri at 07:00 (UTC)");
        assertThat(output.lines().filter(l -> l.startsWith("! 'GMT+14' is a fixed offset")))
                .hasSize(2);
    }

    @Test
    void each_bad_qotd_value_gets_its_own_message() {
        String output = play(
                "/mlquiz qotd on 9:5",
                "/mlquiz qotd on 1000h",
                "/mlquiz qotd on EST",
                "/mlquiz qotd on 09:00 10:00",
                "/mlquiz qotd on daily weekends");

        assertThat(output)
                .contains(
                        "! Invalid time '9:5'.",
                        "! The question can stay open from 1h to 168h, in whole hours, not 1000h.",
                        "! 'EST' is an abbreviation, not a time zone",
                        "! Time given twice: 09:00 and 10:00. Give one.",
                        "! Days given twice: daily and weekends. Give one.")
                .doesNotContain("Unknown question-of-the-day option");
    }

    @Test
    void a_thin_filter_says_so_on_its_question() {
        // Every (topic, level) of the bundled bank holds at least 8 questions; a team's pack may hold fewer.
        QuestionBank thin = TestBanks.of(
                6, List.of("core-concepts", "deep-learning"), List.of("beginner", "intermediate", "advanced"));

        String output = play(thin, "/mlquiz ask core advanced");

        assertThat(output).contains("Only 1 question matches core-concepts, advanced, so it will repeat");
    }
}
