package dev.mlquiz.core.deck;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Question rotation for one channel (or one player's practice). A draw takes, of the eligible questions,
 * one asked the fewest times here, so no question repeats until every eligible one has been asked as often:
 * for each filter (topic, level) at once, since they all draw from the same deck. Each question drawn gets
 * a fresh random place for its next time, so every cycle is a new shuffle, and a cycle does not start with
 * the last few asked.
 */
public final class Deck {
    /** How many of the most recently drawn questions a fresh cycle keeps away from its start. */
    public static final int RECENT_GUARD = 3;

    private static final Comparator<DeckCard> ORDER =
            Comparator.comparingLong(DeckCard::position).thenComparing(DeckCard::questionId);

    private final Map<String, DeckCard> cards = new LinkedHashMap<>();

    private Deck(Collection<DeckCard> stored) {
        stored.forEach(card -> cards.put(card.questionId(), card));
    }

    public static Deck of(Collection<DeckCard> stored) {
        return new Deck(stored);
    }

    public List<DeckCard> cards() {
        return List.copyOf(cards.values());
    }

    /**
     * Draws the next of the {@code eligible} questions. Questions new to the deck (a pack added since) have
     * never been asked, so they come first, in random places among the others never asked. Empty only
     * when nothing is eligible.
     */
    public Optional<String> draw(Set<String> eligible, RandomGenerator random) {
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        for (String id : eligible) {
            cards.computeIfAbsent(id, newcomer -> new DeckCard(newcomer, random.nextInt(), 0, OptionalLong.empty()));
        }
        List<DeckCard> pool = eligible.stream().map(cards::get).collect(Collectors.toList());
        int fewest = pool.stream().mapToInt(DeckCard::timesDrawn).min().orElseThrow();
        List<DeckCard> candidates =
                pool.stream().filter(c -> c.timesDrawn() == fewest).collect(Collectors.toList());
        // Only a cycle's first few draws keep the last few asked away; later in the cycle those are just
        // more of the candidates, or they would close every cycle from then on.
        long drawnThisCycle = pool.size() - candidates.size();
        int guard = drawnThisCycle < guard(pool.size()) ? guard(pool.size()) : 0;
        Set<String> recent = candidates.stream()
                .filter(c -> c.drawnSeq().isPresent())
                .sorted(Comparator.comparingLong((DeckCard c) -> c.drawnSeq().getAsLong())
                        .reversed())
                .limit(guard)
                .map(DeckCard::questionId)
                .collect(Collectors.toSet());
        DeckCard card = candidates.stream()
                .filter(c -> !recent.contains(c.questionId()))
                .min(ORDER)
                .orElseGet(() -> candidates.stream().min(ORDER).orElseThrow());
        cards.put(
                card.questionId(),
                new DeckCard(
                        card.questionId(), random.nextInt(), card.timesDrawn() + 1, OptionalLong.of(lastSeq() + 1)));
        return Optional.of(card.questionId());
    }

    /**
     * How many of the last drawn a fresh cycle keeps from its start: {@link #RECENT_GUARD}, but fewer than
     * half the pool, else a small pool's cycle would always start with the same questions (four questions
     * and a guard of three leave one choice for the first). At least one, so no question comes straight back.
     */
    private static int guard(int poolSize) {
        return Math.min(RECENT_GUARD, Math.max(1, (poolSize - 1) / 2));
    }

    private long lastSeq() {
        return cards.values().stream()
                .mapToLong(c -> c.drawnSeq().orElse(0))
                .max()
                .orElse(0);
    }
}
