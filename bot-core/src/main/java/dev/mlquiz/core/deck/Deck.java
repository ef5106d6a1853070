package dev.mlquiz.core.deck;

import java.util.ArrayList;
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
 * Question rotation for one channel (or one player's practice). No question repeats until every
 * eligible question has been drawn; then the eligible questions are reshuffled so that the last few
 * drawn do not come straight back. A filter (topic, level) draws from the same deck, so filtered and
 * unfiltered rounds never repeat each other early either: a filter's reshuffle puts its questions after
 * every other undrawn one, so a wider filter reaches them again only once the rest of its pool is used.
 */
public final class Deck {
    /** How many of the most recently drawn questions a fresh shuffle keeps away from its start. */
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
     * Draws the next of the {@code eligible} questions. Questions new to the deck (a pack added since)
     * are shuffled in first. Empty only when nothing is eligible.
     */
    public Optional<String> draw(Set<String> eligible, RandomGenerator random) {
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        addMissing(eligible, random);
        Optional<DeckCard> next = undrawn(eligible).findFirst();
        if (next.isEmpty()) {
            reshuffle(eligible, random);
            next = undrawn(eligible).findFirst();
        }
        DeckCard card = next.orElseThrow();
        cards.put(card.questionId(), new DeckCard(card.questionId(), card.position(), OptionalLong.of(maxSeq() + 1)));
        return Optional.of(card.questionId());
    }

    private java.util.stream.Stream<DeckCard> undrawn(Set<String> eligible) {
        return cards.values().stream()
                .filter(c -> !c.drawn() && eligible.contains(c.questionId()))
                .sorted(ORDER);
    }

    /**
     * Shuffles questions the deck has not seen into it: each goes to a uniformly random place in the
     * current order (for a new deck, a uniformly random permutation), then positions are renumbered.
     */
    private void addMissing(Set<String> eligible, RandomGenerator random) {
        List<String> missing =
                eligible.stream().filter(id -> !cards.containsKey(id)).collect(Collectors.toList());
        if (missing.isEmpty()) {
            return;
        }
        List<String> order = cards.values().stream()
                .sorted(ORDER)
                .map(DeckCard::questionId)
                .collect(Collectors.toCollection(ArrayList::new));
        for (String id : missing) {
            order.add(random.nextInt(order.size() + 1), id);
        }
        Map<String, DeckCard> renumbered = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            DeckCard old = cards.get(order.get(i));
            renumbered.put(
                    order.get(i), new DeckCard(order.get(i), i, old == null ? OptionalLong.empty() : old.drawnSeq()));
        }
        cards.clear();
        cards.putAll(renumbered);
    }

    private void reshuffle(Set<String> eligible, RandomGenerator random) {
        List<DeckCard> cycle = cards.values().stream()
                .filter(c -> eligible.contains(c.questionId()))
                .collect(Collectors.toList());
        int guard = guard(cycle.size());
        List<String> recent = cycle.stream()
                .sorted(Comparator.comparingLong((DeckCard c) -> c.drawnSeq().orElse(-1))
                        .reversed())
                .limit(guard)
                .map(DeckCard::questionId)
                .collect(Collectors.toList());
        List<String> order = cycle.stream().map(DeckCard::questionId).sorted().collect(Collectors.toList());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(j, order.set(i, order.get(j)));
        }
        List<String> head =
                order.stream().filter(id -> !recent.contains(id)).limit(guard).collect(Collectors.toList());
        List<String> fresh = new ArrayList<>(head);
        order.stream().filter(id -> !head.contains(id)).forEach(fresh::add);
        long base = maxPosition() + 1;
        for (int i = 0; i < fresh.size(); i++) {
            cards.put(fresh.get(i), new DeckCard(fresh.get(i), base + i, OptionalLong.empty()));
        }
    }

    /**
     * How many of the last drawn a fresh shuffle keeps from its start: {@link #RECENT_GUARD}, but fewer than
     * half the pool, else a small pool's cycle would always start with the same questions (four questions
     * and a guard of three leave one choice for the first). At least one, so no question comes straight back.
     */
    static int guard(int poolSize) {
        return Math.min(RECENT_GUARD, Math.max(1, (poolSize - 1) / 2));
    }

    private long maxPosition() {
        return cards.values().stream().mapToLong(DeckCard::position).max().orElse(-1);
    }

    private long maxSeq() {
        return cards.values().stream()
                .mapToLong(c -> c.drawnSeq().orElse(0))
                .max()
                .orElse(0);
    }
}
