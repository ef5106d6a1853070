package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A filter with only a few questions says so, cycles through all of them before any repeats, and a repeat
 * is no free point.
 */
class ThinFilterTest {
    // q1-q6: core-concepts and deep-learning alternate; beginner, intermediate, advanced cycle.
    // core-concepts advanced is q3 alone; core-concepts is q1, q3 and q5.
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(6, List.of("core-concepts", "deep-learning"), List.of("beginner", "intermediate", "advanced")),
            MutableClock.at("2026-03-04T10:00:00Z"));

    QuestionCard askAndClose(String command, String player) {
        QuestionCard card = f.ask(CHANNEL, command);
        if (player != null) {
            f.answer(player, card, f.correctLetter(card));
        }
        f.run(admin(CHANNEL, "admin"), "close");
        return card;
    }

    @Test
    void a_filter_with_one_question_says_it_will_repeat_and_scores_once() {
        QuestionCard first = askAndClose("ask core advanced", "solo");
        QuestionCard again = askAndClose("ask core advanced", "solo");

        assertThat(again.prompt()).isEqualTo(first.prompt());
        assertThat(first.note())
                .contains("Only 1 question matches core-concepts, advanced, so it will repeat; it scores only once"
                        + " per player.");
        LeaderboardView board =
                (LeaderboardView) f.run(in(CHANNEL, "solo"), "leaderboard all").view();
        assertThat(board.top()).extracting(l -> l.points() + " " + l.correct()).containsExactly("3 2");
    }

    @Test
    void the_note_stays_on_the_card_as_answers_come_in() {
        QuestionCard card = f.ask(CHANNEL, "ask core");
        f.answer("alice", card, f.correctLetter(card));

        assertThat(f.quiz.card(card.round()).orElseThrow().note())
                .contains("Only 3 questions match core-concepts, so they will repeat; each scores only once per"
                        + " player.");
    }

    @Test
    void a_filter_with_enough_questions_has_no_note() {
        assertThat(askAndClose("ask", null).note()).isEmpty();
    }

    @Test
    void a_thin_filter_asks_all_of_its_questions_before_any_repeats() {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            asked.add(askAndClose("ask core", null).prompt());
        }

        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(asked.subList(cycle * 3, cycle * 3 + 3))
                    .containsExactlyInAnyOrder("Question number 1?", "Question number 3?", "Question number 5?");
        }
    }

    @Test
    void after_a_thin_filter_cycled_the_channel_asks_its_other_questions_first() {
        for (int i = 0; i < 4; i++) {
            askAndClose("ask core", null);
        }

        List<String> next = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            next.add(askAndClose("ask", null).prompt());
        }

        assertThat(next).containsExactlyInAnyOrder("Question number 2?", "Question number 4?", "Question number 6?");
    }

    @Test
    void a_thin_question_of_the_day_says_so_when_turned_on() {
        Notice on =
                (Notice) f.run(admin(CHANNEL, "admin"), "qotd on core advanced").view();

        assertThat(english(on.message()))
                .endsWith("Only 1 question matches core-concepts, advanced, so it will repeat; it"
                        + " scores only once per player.");
        assertThat(on.tone()).isEqualTo(Notice.Tone.INFO);
        assertThat(f.run(admin(CHANNEL, "admin"), "qotd on").view())
                .extracting(v -> english(((Notice) v).message()))
                .asString()
                .doesNotContain("Only");
    }
}
