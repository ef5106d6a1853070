package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Practice and review give feedback at once: they never hand out a question a channel round has open. */
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
}
