package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.StoredDeck;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.View;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two instances drawing from one deck: instance A's draw is interleaved with instance B's at the worst
 * moment, after A read the deck and before A saved it, as two processes can interleave.
 */
class SharedDeckTest {
    final QuestionBank bank = TestBanks.beginner(6);
    final MutableClock clock = MutableClock.at("2026-03-02T06:00:00Z");
    final InMemoryStorage storage = new InMemoryStorage();
    final Interleaving decks = new Interleaving(storage.stores().decks());
    final QuizStores storesOfA = new QuizStores(
            storage.stores().rounds(),
            storage.stores().answers(),
            storage.stores().standings(),
            decks,
            storage.stores().settings(),
            storage.stores().directory(),
            storage.stores().schedules(),
            storage.stores().memories(),
            storage.stores().reports());
    final RecordingAnnouncer announcerOfB = new RecordingAnnouncer();
    final Quiz a = new Quiz(bank, storesOfA, new RecordingAnnouncer(), clock, new SplittableRandom(1));
    final Quiz b = new Quiz(bank, storage.stores(), announcerOfB, clock, new SplittableRandom(2));

    /** A's deck store: runs what another instance does right after A's next read. */
    static final class Interleaving implements DeckStore {
        private final DeckStore shared;
        private Runnable afterNextLoad = () -> {};

        Interleaving(DeckStore shared) {
            this.shared = shared;
        }

        @Override
        public StoredDeck load(String deckKey) {
            StoredDeck read = shared.load(deckKey);
            Runnable meanwhile = afterNextLoad;
            afterNextLoad = () -> {};
            meanwhile.run();
            return read;
        }

        @Override
        public boolean save(String deckKey, long expectedVersion, List<DeckCard> cards) {
            return shared.save(deckKey, expectedVersion, cards);
        }
    }

    static View run(Quiz quiz, String who, ChannelId channel, String command, boolean admin) {
        return quiz.execute(
                        admin ? admin(channel, who) : in(channel, who),
                        CommandParser.parse(command, quiz.bank().topics()))
                .view();
    }

    int timesDrawn(String deckKey) {
        return storage.stores().decks().load(deckKey).cards().stream()
                .mapToInt(DeckCard::timesDrawn)
                .sum();
    }

    @Test
    void a_question_drawn_by_another_instance_meanwhile_is_not_handed_out_again() {
        // Every card of the channel's deck has its place stored, so both instances, reading the same
        // deck, would take the same next card.
        run(a, "asker", CHANNEL, "ask", false);
        run(a, "boss", CHANNEL, "close", true);
        run(b, "boss", CHANNEL, "qotd on 07:00 UTC", true);
        clock.set(Instant.parse("2026-03-02T07:00:00Z"));
        decks.afterNextLoad = b::postDueDailyQuestions;

        QuestionCard asked = (QuestionCard) run(a, "asker", CHANNEL, "ask", false);

        QuestionCard daily = announcerOfB.dailyPosts.get(0).card();
        assertThat(asked.prompt()).isNotEqualTo(daily.prompt());
        assertThat(timesDrawn(RoundOpener.channelDeck(CHANNEL))).isEqualTo(3);
    }

    @Test
    void a_round_lost_to_another_instance_gives_its_question_back() {
        decks.afterNextLoad = () -> run(b, "alice", CHANNEL, "practice", false);

        Reply onA = a.execute(
                in(CHANNEL, "alice"), CommandParser.parse("practice", a.bank().topics()));

        QuestionCard practisedOnB =
                b.openPractice(QuizFixture.player("alice").id()).orElseThrow();
        assertThat(((QuestionCard) onA.view()).round()).isEqualTo(practisedOnB.round());
        assertThat(timesDrawn(
                        RoundOpener.practiceDeck(QuizFixture.player("alice").id())))
                .isEqualTo(1);
    }
}
