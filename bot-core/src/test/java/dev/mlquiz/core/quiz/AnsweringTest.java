package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnsweringTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(8), MutableClock.at("2026-03-02T10:00:00Z"));

    @Test
    void an_answer_is_locked_in_and_confirmed_privately_without_revealing_whether_it_is_right() {
        QuestionCard card = f.ask();

        AnswerOutcome outcome = f.answer("alice", card, Letter.B);

        assertThat(outcome)
                .isEqualTo(new AnswerOutcome.Accepted(
                        card.round(),
                        card.kind(),
                        Letter.B,
                        card.options().get(1).text(),
                        Optional.empty()));
        assertThat(english(outcome.message()))
                .isEqualTo("Locked in: B. " + card.options().get(1).text());
        assertThat(f.announcer.answersAnnounced).hasValue(1);
    }

    @Test
    void second_click_keeps_the_first_choice() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.B);

        AnswerOutcome second = f.answer("alice", card, Letter.C);

        assertThat(second).isEqualTo(new AnswerOutcome.AlreadyAnswered(card.round(), Letter.B));
        assertThat(english(second.message())).isEqualTo("You already answered B. Your first choice counts.");
        assertThat(f.quiz.card(card.round()).orElseThrow().answerCount()).isEqualTo(1);
    }

    @Test
    void the_live_count_shows_how_many_answered_but_not_what() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        f.answer("bob", card, Letter.D);

        QuestionCard now = f.quiz.card(card.round()).orElseThrow();

        assertThat(now.answerCount()).isEqualTo(2);
        assertThat(now.options()).isEqualTo(card.options());
    }

    @Test
    void an_answer_after_the_close_time_is_refused_even_before_the_reveal_ran() {
        QuestionCard card = f.ask();
        f.clock.advance(Duration.ofSeconds(60));

        assertThat(f.answer("alice", card, Letter.A)).isEqualTo(new AnswerOutcome.RoundClosed(card.round()));
        assertThat(english(f.answer("alice", card, Letter.A).message()))
                .isEqualTo("This round is closed; answers are no longer taken.");
    }

    @Test
    void an_answer_after_an_early_close_is_refused_though_the_round_was_open_at_the_last_click() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        f.run(admin(CHANNEL, "boss"), "close");

        assertThat(f.answer("bob", card, Letter.A)).isEqualTo(new AnswerOutcome.RoundClosed(card.round()));
        assertThat(f.answer("alice", card, Letter.B))
                .isEqualTo(new AnswerOutcome.AlreadyAnswered(card.round(), Letter.A));
    }

    @Test
    void an_answer_after_another_instance_closed_the_round_is_refused() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        Quiz other = f.anotherInstance(Announcer.SILENT);
        other.execute(
                admin(CHANNEL, "boss"),
                CommandParser.parse("close", other.bank().topics()));

        assertThat(f.answer("bob", card, Letter.A)).isEqualTo(new AnswerOutcome.RoundClosed(card.round()));
    }

    @Test
    void an_answer_one_moment_before_the_close_time_counts() {
        QuestionCard card = f.ask();
        f.clock.advance(Duration.ofMillis(59_999));

        assertThat(f.answer("alice", card, Letter.A)).isInstanceOf(AnswerOutcome.Accepted.class);
    }

    @Test
    void a_player_who_answered_a_closed_round_is_reminded_of_their_choice() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.C);
        f.run(QuizFixture.admin(CHANNEL, "admin"), "close");

        assertThat(f.answer("alice", card, Letter.A))
                .isEqualTo(new AnswerOutcome.AlreadyAnswered(card.round(), Letter.C));
    }

    @Test
    void a_button_of_a_round_that_does_not_exist_is_an_unknown_round() {
        assertThat(f.quiz.answer(player("alice"), CHANNEL, new RoundId("zzzz9999"), Letter.A))
                .isEqualTo(new AnswerOutcome.UnknownRound("zzzz9999"));
    }

    @Test
    void practice_is_private_and_gives_feedback_at_once() {
        Reply reply = f.run(in(CHANNEL, "alice"), "practice");
        QuestionCard card = (QuestionCard) reply.view();
        Letter right = f.correctLetter(card);

        AnswerOutcome outcome = f.answer("alice", card, right);

        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        String n = card.prompt().replaceAll("\\D", "");
        assertThat(outcome)
                .isEqualTo(new AnswerOutcome.Accepted(
                        card.round(),
                        card.kind(),
                        right,
                        "Right " + n,
                        Optional.of(new PracticeFeedback(
                                true,
                                right,
                                right,
                                "Right " + n,
                                "Because " + n + ".",
                                Optional.of("Remember " + n + "."),
                                "q" + n))));
    }

    @Test
    void a_practice_question_belongs_to_its_player() {
        QuestionCard card =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();

        assertThat(f.answer("mallory", card, Letter.A)).isInstanceOf(AnswerOutcome.UnknownRound.class);
    }

    @Test
    void an_unanswered_practice_question_is_shown_again_instead_of_a_new_one() {
        QuestionCard first =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();

        QuestionCard again =
                ((NotedCard) f.run(in(CHANNEL, "alice"), "practice").view()).card();
        f.answer("alice", again, Letter.A);
        QuestionCard next =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();

        assertThat(again).isEqualTo(first);
        assertThat(next.round()).isNotEqualTo(first.round());
        assertThat(next.prompt()).isNotEqualTo(first.prompt());
    }
}
