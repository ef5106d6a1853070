package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.review.MemoryCard;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A reveal is announced first and a practice answer stored first; rating their memory cards afterwards may fail
 * without stopping anything.
 */
class RatingFailureTest {
    /** Memory cards on a broken database: every write fails. */
    static final class BrokenCards implements MemoryCardStore {
        @Override
        public Map<PlayerId, MemoryCard> cards(String questionId, Collection<PlayerId> players) {
            return Map.of();
        }

        @Override
        public Set<String> questions(PlayerId player) {
            return Set.of();
        }

        @Override
        public void review(String questionId, List<Review> reviews, Reviewer reviewer) {
            throw new IllegalStateException("the database is gone");
        }

        @Override
        public boolean reviewRevealed(
                RoundId round, int step, String questionId, List<Review> reviews, Reviewer reviewer) {
            throw new IllegalStateException("the database is gone");
        }

        @Override
        public List<DueCard> due(PlayerId player, Instant now, int limit) {
            return List.of();
        }

        @Override
        public List<Integer> countDue(PlayerId player, List<Instant> untils, Set<String> except) {
            return untils.stream().map(until -> 0).toList();
        }

        @Override
        public Tally tally(PlayerId player) {
            return new Tally(0, 0);
        }

        @Override
        public boolean optedOut(PlayerId player) {
            return false;
        }

        @Override
        public void setOptedOut(PlayerId player, boolean out) {}
    }

    @Test
    void a_failure_to_rate_the_cards_of_one_round_never_stops_the_reveals_after_it() {
        InMemoryStorage storage = new InMemoryStorage();
        MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
        RecordingAnnouncer announcer = new RecordingAnnouncer();
        Quiz quiz = new Quiz(
                TestBanks.beginner(6),
                storage.storesWith(new BrokenCards()),
                announcer,
                clock,
                new SplittableRandom(1));
        TeamId team = new TeamId(Platform.CONSOLE, "team");
        for (String channel : List.of("one", "two")) {
            ChannelId id = new ChannelId(team, channel);
            Player alice = new Player(new PlayerId(Platform.CONSOLE, "alice"), "alice");
            QuestionCard card =
                    (QuestionCard) quiz.execute(new Invocation(alice, id, channel, true), new Command.Ask(Filter.ANY))
                            .view();
            quiz.answer(alice, id, card.round(), Letter.A);
        }
        clock.advance(Duration.ofMinutes(5));

        List<RevealView> reveals = quiz.closeDueRounds();

        assertThat(reveals).hasSize(2);
        assertThat(announcer.reveals).hasSize(2);
    }

    @Test
    void a_practice_answer_whose_card_cannot_be_rated_is_still_stored_and_answered_with_its_feedback() {
        InMemoryStorage storage = new InMemoryStorage();
        Quiz quiz = new Quiz(
                TestBanks.beginner(6),
                storage.storesWith(new BrokenCards()),
                new RecordingAnnouncer(),
                MutableClock.at("2026-03-04T10:00:00Z"),
                new SplittableRandom(1));
        ChannelId channel = new ChannelId(new TeamId(Platform.CONSOLE, "team"), "one");
        Player alice = new Player(new PlayerId(Platform.CONSOLE, "alice"), "alice");
        QuestionCard card = (QuestionCard)
                quiz.execute(new Invocation(alice, channel, "one", true), new Command.Practice(Filter.ANY))
                        .view();

        AnswerOutcome outcome = quiz.answer(alice, channel, card.round(), Letter.A);

        assertThat(outcome)
                .isInstanceOfSatisfying(AnswerOutcome.Accepted.class, accepted -> assertThat(accepted.feedback())
                        .isPresent());
        assertThat(storage.stores().answers().find(card.round(), alice.id())).isPresent();
    }
}
