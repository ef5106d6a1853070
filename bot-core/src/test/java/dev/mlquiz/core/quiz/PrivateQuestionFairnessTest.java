package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Practice and review give feedback at once: they never hand out a question a channel round has open, and a
 * private question that a channel round asks after it closes unanswered, without feedback.
 */
class PrivateQuestionFairnessTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(2), MutableClock.at("2026-03-04T10:00:00Z"));

    @Test
    void practice_draws_around_a_question_open_in_any_channel_of_the_team() {
        QuestionCard open = f.ask(new ChannelId(CHANNEL.team(), "elsewhere"), "ask");

        for (int i = 0; i < 5; i++) {
            QuestionCard practice =
                    (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
            assertThat(practice.prompt()).isNotEqualTo(open.prompt());
            f.answer("alice", practice, f.correctLetter(practice));
        }
    }

    @Test
    void with_the_only_question_open_practice_says_there_is_none_rather_than_tell_it() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            one.ask();

            assertThat(one.run(in(CHANNEL, "alice"), "practice").view()).isInstanceOf(Notice.class);
        }
    }

    @Test
    void review_offers_no_question_open_in_a_channel() {
        QuestionCard open = f.ask();

        NotedCard offered = (NotedCard) f.run(in(CHANNEL, "alice"), "review").view();

        assertThat(offered.card().prompt()).isNotEqualTo(open.prompt());
    }

    @Test
    void a_private_question_a_channel_round_asks_since_closes_unanswered_without_telling_the_answer() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            QuestionCard practice =
                    (QuestionCard) one.run(in(CHANNEL, "alice"), "practice").view();
            QuestionCard round = one.ask(); // the bank's one question: the same as alice's practice
            assertThat(round.prompt()).isEqualTo(practice.prompt());

            AnswerOutcome outcome = one.answer("alice", practice, one.wrongLetter(practice));

            assertThat(outcome).isEqualTo(new AnswerOutcome.RoundClosed(practice.round()));
            assertThat(one.quiz.openPractice(player("alice").id())).isEmpty();
            assertThat(one.answer("alice", round, one.correctLetter(round)))
                    .as("the channel round takes her answer as any other")
                    .isInstanceOf(AnswerOutcome.Accepted.class);
        }
    }

    @Test
    void a_waiting_private_question_a_channel_round_asks_since_is_never_shown_again() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            one.run(in(CHANNEL, "alice"), "practice");
            one.run(in(CHANNEL, "bob"), "review");
            one.ask();

            assertThat(one.run(in(CHANNEL, "alice"), "practice").view())
                    .as("nothing else to draw, and the waiting one is the channel's now")
                    .isInstanceOf(Notice.class);
            assertThat(one.run(in(CHANNEL, "bob"), "review").view()).isInstanceOf(Notice.class);
            assertThat(one.quiz.openPractice(player("alice").id())).isEmpty();
            assertThat(one.quiz.openPractice(player("bob").id())).isEmpty();
        }
    }

    @Test
    void a_private_question_answered_in_another_team_closes_when_a_channel_round_there_has_it_open() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            QuestionCard practice =
                    (QuestionCard) one.run(in(CHANNEL, "alice"), "practice").view();
            ChannelId otherServer = new ChannelId(new TeamId(CHANNEL.team().platform(), "other-server"), "general");
            one.ask(otherServer, "ask");

            AnswerOutcome outcome =
                    one.quiz.answer(player("alice"), otherServer, practice.round(), one.correctLetter(practice));

            assertThat(outcome).isEqualTo(new AnswerOutcome.RoundClosed(practice.round()));
        }
    }

    @Test
    void a_waiting_private_question_a_round_of_its_own_team_asks_gives_way_in_another_team_too() {
        try (QuizFixture one = new QuizFixture(TestBanks.beginner(1), MutableClock.at("2026-03-04T10:00:00Z"))) {
            QuestionCard waiting =
                    (QuestionCard) one.run(in(CHANNEL, "alice"), "practice").view();
            one.ask();
            ChannelId otherServer = new ChannelId(new TeamId(CHANNEL.team().platform(), "other-server"), "general");

            QuestionCard shown =
                    (QuestionCard) one.run(in(otherServer, "alice"), "practice").view();

            assertThat(shown.round())
                    .as("the waiting one is withdrawn, not shown again from another server")
                    .isNotEqualTo(waiting.round());
        }
    }
}
