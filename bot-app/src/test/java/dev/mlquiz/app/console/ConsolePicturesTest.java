package dev.mlquiz.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.testing.Images;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.awt.Dimension;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePicturesTest {
    static final QuestionBank BANK = QuestionBank.bundled();
    static final Invocation YOU = new Invocation(
            new Player(new PlayerId(Platform.CONSOLE, "you"), "you"), ConsolePlayground.CHANNEL, "playground", true);

    @TempDir
    Path dir;

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    final Pictures pictures = new Pictures(Catalog.english());
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ConsoleOutput output(Optional<Pictures> drawing) {
        return new ConsoleOutput(
                new PrintStream(printed, true, StandardCharsets.UTF_8), clock, new ConsolePictures(drawing, dir));
    }

    /** Plays the script; then asks the same quiz what {@code expected} wants to know. */
    <T> T play(Optional<Pictures> drawing, String script, Function<Quiz, T> expected) {
        ConsoleOutput output = output(drawing);
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            Quiz quiz = new Quiz(BANK, JdbcStorage.stores(db), output, clock, new SplittableRandom(7));
            new ConsolePlayground(quiz, output, false, dir).run(new BufferedReader(new StringReader(script)));
            return expected.apply(quiz);
        }
    }

    static View asYou(Quiz quiz, String command) {
        return quiz.execute(YOU, CommandParser.parse(command, BANK.topics())).view();
    }

    @Test
    void a_leaderboard_prints_its_text_and_saves_its_png_where_it_says() {
        LeaderboardView board = play(Optional.of(pictures), "/mlquiz leaderboard\n/quit\n", quiz ->
                (LeaderboardView) asYou(quiz, "/mlquiz leaderboard"));

        Path file = dir.resolve("leaderboard-1.png").toAbsolutePath();
        Png expected = pictures.leaderboard(board);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Leaderboard", "\nSaved to " + file + "\n");
        assertThat(Images.size(read(file))).isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void successive_cards_and_those_of_an_earlier_run_do_not_clash() throws IOException {
        Files.writeString(dir.resolve("leaderboard-1.png"), "an earlier run's");

        StatsView stats = play(
                Optional.of(pictures), "/mlquiz leaderboard\n/mlquiz leaderboard week\n/mlquiz stats\n/quit\n", quiz ->
                        (StatsView) asYou(quiz, "/mlquiz stats"));

        assertThat(Files.readString(dir.resolve("leaderboard-1.png"))).isEqualTo("an earlier run's");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Saved to " + dir.resolve("leaderboard-2.png").toAbsolutePath())
                .contains("Saved to " + dir.resolve("leaderboard-3.png").toAbsolutePath())
                .contains("Saved to " + dir.resolve("stats-1.png").toAbsolutePath());
        Png expected = pictures.stats(stats);
        assertThat(Images.size(read(dir.resolve("stats-1.png"))))
                .isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void the_weekly_recap_saves_its_png_before_the_question_of_the_day() {
        ConsoleOutput output = output(Optional.of(pictures));
        try (Database db = Database.sqlite(dir.resolve("game.db"))) {
            Quiz quiz = new Quiz(BANK, JdbcStorage.stores(db), output, clock, new SplittableRandom(7));
            QuestionCard card = (QuestionCard) asYou(quiz, "/mlquiz ask");

            output.postDailyQuestion(ConsolePlayground.CHANNEL, Optional.of(SampleBoards.recap()), card);
        }

        Path file = dir.resolve("recap-1.png").toAbsolutePath();
        Png expected = pictures.recap(SampleBoards.recap());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Saved to " + file + "\nQuestion of the day!");
        assertThat(Images.size(read(file))).isEqualTo(new Dimension(expected.width(), expected.height()));
    }

    @Test
    void with_pictures_off_the_text_comes_alone() throws IOException {
        play(Optional.empty(), "/mlquiz leaderboard\n/mlquiz stats\n/quit\n", quiz -> null);

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Leaderboard")
                .doesNotContain("Saved to");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(file -> file.toString().endsWith(".png"))).isEmpty();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
