package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reveal stays owed until the platform accepted it, however long that takes, and is redone if it never does. */
class OwedRevealTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(4, List.of("deep-learning"), List.of("intermediate")),
            MutableClock.at("2026-03-02T10:00:00Z"));

    /** The rounds a sweep would redo once every claim lapsed. */
    List<Round> owedOnceClaimsLapse() {
        return f.stores().rounds().owedReveals(f.clock.instant().plus(RoundStore.REVEAL_LEASE));
    }

    QuestionCard closedWhileThePlatformHoldsTheReveal() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.correctLetter(card));
        f.announcer.holdingReveals = true;
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.quiz.closeDueRounds())
                .as("the sweep returns without waiting for the platform")
                .singleElement()
                .extracting(RevealView::round)
                .isEqualTo(card.round());
        return card;
    }

    @Test
    void a_reveal_the_platform_has_not_shown_yet_stays_owed() {
        QuestionCard card = closedWhileThePlatformHoldsTheReveal();

        assertThat(owedOnceClaimsLapse()).extracting(Round::id).containsExactly(card.round());
    }

    @Test
    void a_reveal_is_owed_no_more_once_the_platform_showed_it() {
        closedWhileThePlatformHoldsTheReveal();

        f.announcer.showings.get(0).complete(null);

        assertThat(owedOnceClaimsLapse()).isEmpty();
        f.clock.advance(RoundStore.REVEAL_LEASE);
        assertThat(f.quiz.closeDueRounds()).isEmpty();
    }

    @Test
    void a_reveal_the_platform_gave_up_on_is_redone_once_its_claim_lapses_and_its_answers_are_rated_once() {
        QuestionCard card = closedWhileThePlatformHoldsTheReveal();
        f.announcer.showings.get(0).completeExceptionally(new IllegalStateException("rate limited 3 times"));
        f.announcer.holdingReveals = false;

        assertThat(f.quiz.closeDueRounds())
                .as("the claim of the close still holds")
                .isEmpty();
        f.clock.advance(RoundStore.REVEAL_LEASE);
        List<RevealView> redone = f.quiz.closeDueRounds();

        assertThat(redone).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(card.round());
            assertThat(r.winners()).containsExactly("alice");
        });
        f.clock.advance(RoundStore.REVEAL_LEASE);
        assertThat(f.quiz.closeDueRounds()).as("shown at last, owed no more").isEmpty();
        assertThat(f.stores().memories().tally(QuizFixture.player("alice").id()).reviews())
                .as("alice's answer rated her card once, though revealed twice")
                .isEqualTo(1);
    }

    @Test
    void a_reveal_no_platform_accepts_for_a_day_after_its_close_is_owed_no_more() {
        closedWhileThePlatformHoldsTheReveal();
        f.announcer.showings.get(0).completeExceptionally(new IllegalStateException("channel_not_found"));
        f.clock.advance(Closing.SHOWING_GIVEN_UP_AFTER);

        assertThat(f.quiz.closeDueRounds()).as("still owed, redone").hasSize(1);
        f.announcer.showings.get(1).completeExceptionally(new IllegalStateException("channel_not_found"));

        assertThat(owedOnceClaimsLapse()).isEmpty();
    }
}
