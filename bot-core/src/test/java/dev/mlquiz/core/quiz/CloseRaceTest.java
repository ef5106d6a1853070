package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two instances closing one round early: instance B closes it right after instance A saw it open, as two
 * processes can interleave. Only one of them closed it, and only that one says so.
 */
class CloseRaceTest {
    final QuestionBank bank = TestBanks.beginner(6);
    final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    final InMemoryStorage storage = new InMemoryStorage();
    final Interleaving rounds = new Interleaving(storage.stores().rounds());
    final RecordingAnnouncer announcerOfA = new RecordingAnnouncer();
    final RecordingAnnouncer announcerOfB = new RecordingAnnouncer();
    final Quiz a = new Quiz(
            bank,
            new QuizStores(
                    rounds,
                    storage.stores().answers(),
                    storage.stores().standings(),
                    storage.stores().decks(),
                    storage.stores().settings(),
                    storage.stores().directory(),
                    storage.stores().schedules(),
                    storage.stores().memories(),
                    storage.stores().reports()),
            announcerOfA,
            clock,
            new SplittableRandom(1));
    final Quiz b = new Quiz(bank, storage.stores(), announcerOfB, clock, new SplittableRandom(2));

    /** A's round store: runs what another instance does right after A's next look for the open round. */
    static final class Interleaving implements RoundStore {
        private final RoundStore shared;
        private Runnable afterNextLook = () -> {};

        Interleaving(RoundStore shared) {
            this.shared = shared;
        }

        @Override
        public Optional<Round> openAsk(ChannelId channel) {
            Optional<Round> seen = shared.openAsk(channel);
            Runnable meanwhile = afterNextLook;
            afterNextLook = () -> {};
            meanwhile.run();
            return seen;
        }

        @Override
        public Round open(Round candidate) {
            return shared.open(candidate);
        }

        @Override
        public Optional<Round> find(RoundId id) {
            return shared.find(id);
        }

        @Override
        public Optional<Round> openPractice(PlayerId owner) {
            return shared.openPractice(owner);
        }

        @Override
        public Set<String> openChannelQuestions(TeamId team) {
            return shared.openChannelQuestions(team);
        }

        @Override
        public List<Round> due(Instant now) {
            return shared.due(now);
        }

        @Override
        public List<Round> daily(Collection<ChannelId> channels) {
            return shared.daily(channels);
        }

        @Override
        public Optional<Round> latestDaily(ChannelId channel) {
            return shared.latestDaily(channel);
        }

        @Override
        public Optional<Round> lastRevealedAsk(ChannelId channel) {
            return shared.lastRevealedAsk(channel);
        }

        @Override
        public boolean close(RoundId id, Instant closedAt) {
            return shared.close(id, closedAt);
        }

        @Override
        public boolean withdraw(RoundId id, Instant closedAt) {
            return shared.withdraw(id, closedAt);
        }

        @Override
        public List<Round> owedReveals(Instant now) {
            return shared.owedReveals(now);
        }

        @Override
        public boolean claimReveal(RoundId id, Instant now) {
            return shared.claimReveal(id, now);
        }

        @Override
        public void revealed(RoundId id) {
            shared.revealed(id);
        }
    }

    static Notice close(Quiz quiz) {
        return (Notice) quiz.execute(
                        admin(CHANNEL, "boss"),
                        CommandParser.parse("close", quiz.bank().topics()))
                .view();
    }

    @Test
    void a_round_closed_by_another_instance_after_it_was_seen_open_is_not_closed_again() {
        b.execute(in(CHANNEL, "asker"), CommandParser.parse("ask", b.bank().topics()));
        Notice[] onB = new Notice[1];
        rounds.afterNextLook = () -> onB[0] = close(b);

        Notice onA = close(a);

        assertThat(onB[0]).isEqualTo(Notice.info(Text.of(Msg.CLOSE_CLOSED_EARLY)));
        assertThat(onA).isEqualTo(Notice.error(Text.of(Msg.CLOSE_NO_ROUND_OPEN)));
        assertThat(announcerOfB.reveals).hasSize(1);
        assertThat(announcerOfA.reveals).isEmpty();
    }
}
