package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * REVIEW (rev-c2): the close commits (round closed, answers settled) before the reveal is shown and before
 * the memory cards are rated. A process killed in between leaves a round that is closed in the database but
 * was never revealed and whose answers never rate their cards; no process ever picks it up again, since
 * {@code due} only returns open rounds.
 */
class RevealLostOnKillTest {
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(5), MutableClock.at("2026-03-04T10:00:00Z"));

    static final class DiesAtTheReveal implements Announcer {
        @Override
        public void roundClosed(RevealView reveal) {
            throw new ThreadDeath(); // the kill, right after the close committed
        }

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}

        @Override
        public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
            return new PostResult.Posted("m");
        }
    }

    @Test
    void a_round_closed_by_a_process_killed_before_its_reveal_is_still_revealed_and_rated() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.correctLetter(card));
        Quiz dying = f.anotherInstance(new DiesAtTheReveal());
        f.clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(dying::closeDueRounds).isInstanceOf(ThreadDeath.class);

        f.restart();
        f.quiz.closeDueRounds();
        f.clock.advance(Duration.ofMinutes(5));
        f.quiz.closeDueRounds();

        assertThat(f.announcer.reveals).as("reveals shown for the round").hasSize(1);
        assertThat(f.stores().memories().tally(QuizFixture.player("alice").id()).reviews())
                .as("alice's answer rated her card")
                .isEqualTo(1);
    }
}
