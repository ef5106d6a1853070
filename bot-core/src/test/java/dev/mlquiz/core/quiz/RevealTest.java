package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.English.notice;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RevealTest {
    /** Fails each reveal with what {@code failure} makes (a kill, a broken platform); announces nothing. */
    record FailingAnnouncer(Supplier<Throwable> failure) implements Announcer {
        @Override
        public CompletionStage<Void> roundClosed(RevealView reveal) {
            Throwable thrown = failure.get();
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) thrown;
        }

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}

        @Override
        public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
            return new PostResult.Posted("m");
        }
    }

    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(4, List.of("deep-learning"), List.of("intermediate")),
            MutableClock.at("2026-03-02T10:00:00Z"));

    @Test
    void the_reveal_shows_the_answer_the_explanation_the_spread_and_who_scored() {
        QuestionCard card = f.ask();
        Letter right = f.correctLetter(card);
        Letter wrong = f.wrongLetter(card);
        f.answer("Bob", card, wrong);
        f.clock.advance(Duration.ofSeconds(1));
        f.answer("Alice", card, right);
        f.clock.advance(Duration.ofSeconds(1));
        f.answer("Carol", card, right);
        f.clock.advance(Duration.ofSeconds(60));

        List<RevealView> reveals = f.quiz.closeDueRounds();

        assertThat(reveals).hasSize(1).isEqualTo(f.announcer.reveals);
        RevealView reveal = reveals.get(0);
        String n = card.prompt().replaceAll("\\D", "");
        assertThat(reveal.correct()).isEqualTo(right);
        assertThat(reveal.correctOption().text()).isEqualTo("Right " + n);
        assertThat(reveal.explanation()).isEqualTo("Because " + n + ".");
        assertThat(reveal.tip()).contains("Remember " + n + ".");
        assertThat(reveal.winners()).containsExactly("Alice", "Carol");
        assertThat(reveal.pointsEach()).isEqualTo(2);
        assertThat(reveal.answerCount()).isEqualTo(3);
        assertThat(reveal.options())
                .extracting(RevealView.OptionTally::count)
                .containsExactly(
                        count(right, wrong, Letter.A),
                        count(right, wrong, Letter.B),
                        count(right, wrong, Letter.C),
                        count(right, wrong, Letter.D));
    }

    static int count(Letter right, Letter wrong, Letter letter) {
        return letter == right ? 2 : letter == wrong ? 1 : 0;
    }

    @Test
    void a_process_closes_only_the_rounds_of_the_teams_it_serves() {
        f.ask();
        f.clock.advance(Duration.ofSeconds(61));

        assertThat(f.quiz.closeDueRounds(team -> !team.equals(CHANNEL.team()))).isEmpty();
        assertThat(f.announcer.reveals).isEmpty();
        assertThat(f.quiz.closeDueRounds(team -> team.equals(CHANNEL.team()))).hasSize(1);
    }

    @Test
    void nothing_closes_before_its_time() {
        f.ask();
        f.clock.advance(Duration.ofSeconds(59));

        assertThat(f.quiz.closeDueRounds()).isEmpty();
    }

    @Test
    void a_round_reveals_once_however_often_the_sweep_runs() {
        f.ask();
        f.clock.advance(Duration.ofSeconds(61));

        f.quiz.closeDueRounds();
        f.quiz.closeDueRounds();

        assertThat(f.announcer.reveals).hasSize(1);
    }

    @Test
    void an_admin_closes_the_round_early_the_reveal_is_announced_and_the_admin_only_hears_it_closed() {
        QuestionCard card = f.ask();

        Reply reply = f.run(admin(CHANNEL, "boss"), "close");

        assertThat(english(reply)).isEqualTo(Reply.privately(notice(Notice.Tone.INFO, "You closed the round early.")));
        assertThat(f.announcer.reveals)
                .singleElement()
                .extracting(RevealView::round)
                .isEqualTo(card.round());
        assertThat(f.quiz.closeDueRounds()).isEmpty();
    }

    @Test
    void a_player_who_is_not_an_admin_cannot_close_a_round() {
        f.ask();

        Reply reply = f.run(in(CHANNEL, "alice"), "close");

        assertThat(english(reply))
                .isEqualTo(Reply.privately(notice(
                        Notice.Tone.ERROR,
                        "Only admins can close a round early. It closes by itself when its time is up.")));
        assertThat(f.announcer.reveals).isEmpty();
    }

    @Test
    void closing_with_no_open_round_is_refused() {
        assertThat(english(f.run(admin(CHANNEL, "boss"), "close")))
                .isEqualTo(Reply.privately(
                        notice(Notice.Tone.ERROR, "No round is open in this channel. Start one with /mlquiz ask.")));
    }

    @Test
    void a_round_whose_time_passed_while_the_bot_was_down_is_revealed_on_start() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.correctLetter(card));
        f.clock.advance(Duration.ofMinutes(10));

        f.restart();
        List<RevealView> reveals = f.quiz.closeDueRounds();

        assertThat(reveals).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(card.round());
            assertThat(r.winners()).containsExactly("alice");
        });
    }

    @Test
    void a_round_still_running_at_restart_keeps_running_until_its_close_time() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        f.clock.advance(Duration.ofSeconds(30));

        f.restart();

        assertThat(f.quiz.closeDueRounds()).isEmpty();
        assertThat(f.answer("bob", card, Letter.B)).isInstanceOf(dev.mlquiz.core.answer.AnswerOutcome.Accepted.class);
        assertThat(f.answer("alice", card, Letter.B))
                .isEqualTo(new dev.mlquiz.core.answer.AnswerOutcome.AlreadyAnswered(card.round(), Letter.A));
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.quiz.closeDueRounds())
                .singleElement()
                .extracting(RevealView::answerCount)
                .isEqualTo(2);
    }

    @Test
    void the_round_length_is_configurable_per_channel_by_admins() {
        assertThat(english(f.run(in(CHANNEL, "alice"), "config round-seconds 90")))
                .isEqualTo(Reply.privately(notice(Notice.Tone.ERROR, "Only admins can change the round length.")));

        f.run(admin(CHANNEL, "boss"), "config round-seconds 90");
        QuestionCard card = f.ask();

        assertThat(card.closesAt()).isEqualTo(f.clock.instant().plusSeconds(90));
        f.clock.advance(Duration.ofSeconds(89));
        assertThat(f.quiz.closeDueRounds()).isEmpty();
    }

    @Test
    void a_round_closed_by_a_process_stopped_before_its_reveal_is_revealed_and_rated_once_its_claim_lapses() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.correctLetter(card));
        Quiz dying = f.anotherInstance(new FailingAnnouncer(ThreadDeath::new));
        f.clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(dying::closeDueRounds).isInstanceOf(ThreadDeath.class);

        f.restart();
        assertThat(f.quiz.closeDueRounds())
                .as("the stopped process's claim still holds")
                .isEmpty();
        f.clock.advance(RoundStore.REVEAL_LEASE);
        List<RevealView> redone = f.quiz.closeDueRounds();

        assertThat(redone).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(card.round());
            assertThat(r.winners()).containsExactly("alice");
        });
        assertThat(f.quiz.closeDueRounds()).isEmpty();
        assertThat(f.stores().memories().tally(QuizFixture.player("alice").id()).reviews())
                .as("alice's answer rated her card")
                .isEqualTo(1);
    }

    @Test
    void a_reveal_that_fails_never_stops_the_reveals_after_it_and_is_redone_once_its_claim_lapses() {
        QuestionCard first = f.ask(CHANNEL, "ask");
        QuestionCard second = f.ask(new ChannelId(CHANNEL.team(), "other"), "ask");
        Quiz broken = f.anotherInstance(new FailingAnnouncer(() -> new IllegalStateException("the platform is down")));
        f.clock.advance(Duration.ofMinutes(1));

        assertThat(broken.closeDueRounds())
                .as("both reveals failed, neither stopped the sweep")
                .isEmpty();
        f.clock.advance(RoundStore.REVEAL_LEASE);

        assertThat(f.quiz.closeDueRounds())
                .extracting(RevealView::round)
                .containsExactlyInAnyOrder(first.round(), second.round());
        f.clock.advance(RoundStore.REVEAL_LEASE);
        assertThat(f.quiz.closeDueRounds())
                .as("revealed rounds are owed no more")
                .isEmpty();
    }
}
