package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(6), MutableClock.at("2026-03-04T10:00:00Z"));

    QuestionCard practiceAnswered(boolean right) {
        QuestionCard card =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
        f.answer("alice", card, right ? f.correctLetter(card) : f.wrongLetter(card));
        f.clock.advance(Duration.ofMinutes(1));
        return card;
    }

    static String said(Reply reply) {
        return english(((Notice) reply.view()).message());
    }

    static long notes(Reply reply) {
        return reply.attachment()
                .orElseThrow()
                .content()
                .lines()
                .filter(line -> !line.startsWith("#"))
                .count();
    }

    @Test
    void the_missed_questions_go_privately_as_a_file_and_all_adds_the_right_ones() {
        QuestionCard missed = practiceAnswered(false);
        practiceAnswered(true);

        Reply export = f.run(in(CHANNEL, "alice"), "export");
        Reply everything = f.run(in(CHANNEL, "alice"), "export all");

        assertThat(export.audience()).isEqualTo(Audience.PRIVATE);
        assertThat(said(export))
                .isEqualTo("1 question you missed, in mlquiz-missed.csv: a CSV file Anki imports as notes"
                        + " (File > Import).");
        assertThat(export.attachment().orElseThrow().fileName()).isEqualTo("mlquiz-missed.csv");
        assertThat(export.attachment().orElseThrow().content()).contains(missed.prompt());
        assertThat(everything.attachment().orElseThrow().fileName()).isEqualTo("mlquiz-answered.csv");
        assertThat(said(everything)).startsWith("2 questions you answered");
    }

    @Test
    void a_question_missed_once_stays_missed_after_a_right_answer() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.wrongLetter(card));
        f.run(admin(CHANNEL, "boss"), "close");

        assertThat(f.run(in(CHANNEL, "alice"), "export").attachment()).isPresent();
    }

    @Test
    void an_open_rounds_answer_is_not_exported_before_the_reveal() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.wrongLetter(card));

        Reply export = f.run(in(CHANNEL, "alice"), "export");

        assertThat(export.attachment()).isEmpty();
        assertThat(said(export)).startsWith("Nothing to export yet");
    }

    @Test
    void with_nothing_missed_it_says_so_and_points_to_export_all() {
        practiceAnswered(true);

        Reply export = f.run(in(CHANNEL, "alice"), "export");

        assertThat(export.attachment()).isEmpty();
        assertThat(said(export)).startsWith("Nothing to export: you have not missed a question yet.");
    }
}
