package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A player has at most one practice question open; a request it does not fit replaces it. */
class PracticeTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(12, List.of("core-concepts", "llms-nlp"), List.of("beginner", "intermediate", "advanced")),
            MutableClock.at("2026-03-02T10:00:00Z"));

    QuestionCard practice(String filter) {
        return (QuestionCard)
                f.run(in(CHANNEL, "alice"), ("practice " + filter).strip()).view();
    }

    @Test
    void a_request_the_open_question_fits_shows_it_again_saying_it_is_still_open() {
        QuestionCard open = practice("core-concepts");

        Reply again = f.run(in(CHANNEL, "alice"), "practice core-concepts");
        Reply anyTopic = f.run(in(CHANNEL, "alice"), "practice");

        NotedCard expected = English.noted(
                "Your practice question is still open: answer it, or ask for another topic or level to replace it.",
                open);
        assertThat(english(again)).isEqualTo(Reply.privately(expected));
        assertThat(english(anyTopic)).isEqualTo(Reply.privately(expected));
    }

    @Test
    void a_request_with_another_filter_replaces_the_open_question_which_then_never_counts() {
        QuestionCard old = practice("core-concepts");

        Reply reply = f.run(in(CHANNEL, "alice"), "practice llms-nlp advanced");

        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        NotedCard replaced = (NotedCard) reply.view();
        assertThat(english(replaced.note()))
                .isEqualTo("Your open practice question (Core ML concepts) is replaced by one on llms-nlp, advanced;"
                        + " the old one does not count.");
        assertThat(replaced.card().topic().id()).isEqualTo("llms-nlp");
        assertThat(replaced.card().difficulty()).isEqualTo(Difficulty.ADVANCED);
        assertThat(f.quiz.openPractice(player("alice").id())).contains(replaced.card());
        assertThat(f.answer("alice", old, f.correctLetter(old))).isInstanceOf(AnswerOutcome.RoundClosed.class);
        assertThat(f.answer("alice", replaced.card(), Letter.A)).isInstanceOf(AnswerOutcome.Accepted.class);
        StatsView stats = (StatsView) f.run(in(CHANNEL, "alice"), "stats").view();
        assertThat(stats.stats().answered()).isEqualTo(1);
    }

    @Test
    void a_request_no_question_matches_keeps_the_open_question() {
        QuestionCard open = practice("core-concepts");

        Reply reply = f.run(in(CHANNEL, "alice"), "practice mlops-production");

        assertThat(reply.view()).isInstanceOf(Notice.class);
        assertThat(f.quiz.openPractice(player("alice").id())).contains(open);
    }
}
