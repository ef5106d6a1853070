package dev.mlquiz.core.quiz;

import dev.mlquiz.core.deck.Deck;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.StoredDeck;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.telemetry.QuizEvents;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Opens rounds on a deck's next question: the one place that draws from decks and uses the random
 * generator, for asked rounds, practice and questions of the day alike.
 */
final class RoundOpener {
    private static final int DECK_LOCK_STRIPES = 64;
    /** Draws of one opening before giving up on a deck that other processes keep changing. */
    private static final int MAX_DRAWS = 20;

    private final RoundStore rounds;
    private final DeckStore decks;
    private final StoredClock clock;
    private final RandomGenerator random;
    private final QuizEvents events;
    /**
     * Striped, so their number stays fixed however many decks there are: two decks sharing a stripe only
     * wait for each other. They spare this process's draws a conflict; across processes, the deck's version
     * decides which draw stands and the round store which opening wins.
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

    RoundOpener(RoundStore rounds, DeckStore decks, StoredClock clock, RandomGenerator random, QuizEvents events) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.decks = Objects.requireNonNull(decks, "decks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** A channel's deck: asked rounds and questions of the day draw from it alike. */
    static String channelDeck(ChannelId channel) {
        return "channel:" + channel.key();
    }

    static String practiceDeck(PlayerId player) {
        return "practice:" + player.key();
    }

    /** A review's deck: it holds only what the review offers, so it draws exactly that. */
    static String reviewDeck(PlayerId player) {
        return "review:" + player.key();
    }

    /**
     * The generator for others to use (FSRS's fuzz), through the same monitor as every other use: it need
     * not be thread-safe.
     */
    RandomGenerator sharedRandom() {
        return () -> withRandom(RandomGenerator::nextLong);
    }

    /**
     * Whether a private question (practice, review) may ask a question now: not while a channel round of
     * the team has it open, since its immediate feedback would tell the answer before the reveal.
     */
    Predicate<String> privatelyAskable(TeamId team) {
        Set<String> openInChannels = rounds.openChannelQuestions(team);
        return questionId -> !openInChannels.contains(questionId);
    }

    /** Opens a private practice question for the player who asked, drawn from {@code drawFrom} on {@code deckKey}. */
    Opened openPrivate(String deckKey, Set<String> drawFrom, Invocation who, Instant now) {
        return open(new Request(
                deckKey,
                drawFrom,
                RoundKind.PRACTICE,
                who.channel(),
                Optional.of(who.player().id()),
                nextRoundId(now),
                now.plus(Practising.PRACTICE_LENGTH),
                Optional.empty()));
    }

    RoundId nextRoundId(Instant now) {
        return withRandom(r -> RoundId.next(now.toEpochMilli(), r));
    }

    /**
     * Draws the deck's next eligible question and opens a round on it. The draw is saved before the round
     * opens, on condition that no other process drew from the deck since it was read; if one did, the
     * question is drawn again from the deck it saved. A lost race for the round (another round opened
     * first) gives the question back, unless the deck was drawn from meanwhile.
     */
    Opened open(Request request) {
        synchronized (deckLock(request.deckKey())) {
            for (int attempt = 1; ; attempt++) {
                StoredDeck stored = decks.load(request.deckKey());
                Deck deck = Deck.of(stored.cards());
                String questionId =
                        withRandom(r -> deck.draw(request.eligible(), r)).orElseThrow();
                if (decks.save(request.deckKey(), stored.version(), deck.cards())) {
                    return openOn(request, questionId, stored);
                }
                if (attempt == MAX_DRAWS) {
                    // Each refused save is another process's successful draw: this many means a runaway store.
                    throw new IllegalStateException(
                            "deck " + request.deckKey() + " changed under " + MAX_DRAWS + " draws in a row");
                }
            }
        }
    }

    private Opened openOn(Request request, String questionId, StoredDeck drawnFrom) {
        Round candidate = new Round(
                request.id(),
                request.kind(),
                request.channel(),
                request.owner(),
                questionId,
                withRandom(OptionOrder::shuffled),
                clock.now(),
                request.closesAt(),
                Optional.empty(),
                request.note());
        Round opened = rounds.open(candidate);
        boolean fresh = opened.id().equals(candidate.id());
        if (fresh) {
            events.roundOpened(request.kind());
        } else {
            decks.save(request.deckKey(), drawnFrom.version() + 1, drawnFrom.cards());
        }
        return new Opened(opened, fresh);
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
