package dev.mlquiz.core.quiz;

import dev.mlquiz.core.deck.Deck;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Opens rounds on a deck's next question: the one place that draws from decks and uses the random
 * generator, for asked rounds, practice and questions of the day alike.
 */
final class RoundOpener {
    private static final int DECK_LOCK_STRIPES = 64;

    private final RoundStore rounds;
    private final DeckStore decks;
    private final StoredClock clock;
    private final RandomGenerator random;
    /**
     * Striped, so their number stays fixed however many decks there are: two decks sharing a stripe only
     * wait for each other. Across processes, the round store decides which opening wins.
     */
    private final Object[] deckLocks =
            IntStream.range(0, DECK_LOCK_STRIPES).mapToObj(i -> new Object()).toArray();

    /** The round open after an attempt to open one; {@code fresh} when it is the one just drawn. */
    record Opened(Round round, boolean fresh) {}

    /** What a new round is: everything but its question, which the deck decides. */
    record Request(
            String deckKey,
            Set<String> eligible,
            RoundKind kind,
            ChannelId channel,
            Optional<PlayerId> owner,
            RoundId id,
            Instant closesAt,
            Optional<String> note) {}

    RoundOpener(RoundStore rounds, DeckStore decks, StoredClock clock, RandomGenerator random) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.decks = Objects.requireNonNull(decks, "decks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A channel's deck: asked rounds and questions of the day draw from it alike. */
    static String channelDeck(ChannelId channel) {
        return "channel:" + channel.key();
    }

    static String practiceDeck(PlayerId player) {
        return "practice:" + player.key();
    }

    RoundId nextRoundId(Instant now) {
        return withRandom(r -> RoundId.next(now.toEpochMilli(), r));
    }

    /**
     * Draws the deck's next eligible question and opens a round on it. The deck is saved only when the
     * round really opened, so a lost race (another round opened first) does not use up a question.
     */
    Opened open(Request request) {
        synchronized (deckLock(request.deckKey())) {
            Instant now = clock.now();
            Deck deck = Deck.of(decks.load(request.deckKey()));
            String questionId =
                    withRandom(r -> deck.draw(request.eligible(), r)).orElseThrow();
            Round candidate = new Round(
                    request.id(),
                    request.kind(),
                    request.channel(),
                    request.owner(),
                    questionId,
                    withRandom(OptionOrder::shuffled),
                    now,
                    request.closesAt(),
                    Optional.empty(),
                    request.note());
            Round opened = rounds.open(candidate);
            boolean fresh = opened.id().equals(candidate.id());
            if (fresh) {
                decks.save(request.deckKey(), deck.cards());
            }
            return new Opened(opened, fresh);
        }
    }

    /**
     * Every use of the generator goes through here, holding the generator's own monitor: it need not be
     * thread-safe, and rounds of two channels (each under its own deck lock) draw at the same time.
     */
    private <T> T withRandom(Function<RandomGenerator, T> use) {
        synchronized (random) {
            return use.apply(random);
        }
    }

    private Object deckLock(String deckKey) {
        return deckLocks[Math.floorMod(deckKey.hashCode(), DECK_LOCK_STRIPES)];
    }
}
