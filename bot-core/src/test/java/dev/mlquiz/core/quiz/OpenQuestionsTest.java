package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a player could answer in a channel right now, for front ends without buttons (the console). */
class OpenQuestionsTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(12), MutableClock.at("2026-03-02T06:00:00Z"));

    @Test
    void the_channel_round_the_question_of_the_day_and_the_players_own_practice_question_in_that_order() {
        f.run(admin(CHANNEL, "boss"), "qotd on 07:00 UTC");
        f.clock.set(Instant.parse("2026-03-02T07:00:00Z"));
        f.quiz.postDueDailyQuestions();
        QuestionCard practice =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
        QuestionCard round = f.ask();

        assertThat(f.quiz.openQuestions(CHANNEL, player("alice").id()))
                .extracting(QuestionCard::kind)
                .containsExactly(RoundKind.ASK, RoundKind.DAILY, RoundKind.PRACTICE);
        assertThat(f.quiz.openQuestions(CHANNEL, player("alice").id()))
                .extracting(QuestionCard::round)
                .contains(round.round(), practice.round());
        assertThat(f.quiz.openQuestions(CHANNEL, player("bob").id()))
                .extracting(QuestionCard::kind)
                .containsExactly(RoundKind.ASK, RoundKind.DAILY);
    }

    @Test
    void a_round_whose_time_is_up_is_not_open_even_before_the_timer_closes_it() {
        QuestionCard round = f.ask();

        f.clock.set(round.closesAt());

        assertThat(f.quiz.openQuestions(CHANNEL, player("alice").id())).isEmpty();
        f.clock.advance(Duration.ofSeconds(-1));
        assertThat(f.quiz.openQuestions(CHANNEL, player("alice").id())).containsExactly(round);
    }
}
