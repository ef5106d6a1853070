package dev.mlquiz.core.testing;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.review.MemoryCard;
import dev.mlquiz.core.review.MemoryCardStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Memory cards in a map, for tests; thread-safe. */
final class InMemoryMemoryCards implements MemoryCardStore {
    private record Key(PlayerId player, String questionId) {}

    private record Stored(MemoryCard card, int reviews, int right) {}

    private final Map<Key, Stored> cards = new HashMap<>();
    private final Set<PlayerId> optedOut = new HashSet<>();
    private final Set<Map.Entry<RoundId, Integer>> savedSteps = new HashSet<>();

    @Override
    public synchronized Map<PlayerId, MemoryCard> cards(String questionId, Collection<PlayerId> players) {
        Map<PlayerId, MemoryCard> found = new HashMap<>();
        for (PlayerId player : players) {
            Stored stored = cards.get(new Key(player, questionId));
            if (stored != null) {
                found.put(player, stored.card());
            }
        }
        return found;
    }

    @Override
    public synchronized Set<String> questions(PlayerId player) {
        return cards.keySet().stream()
                .filter(key -> key.player().equals(player))
                .map(Key::questionId)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized void review(String questionId, List<Review> reviews, Reviewer reviewer) {
        for (Review review :
                reviews.stream().sorted(Comparator.comparing(Review::at)).toList()) {
            Key key = new Key(review.player(), questionId);
            Optional<Stored> before = Optional.ofNullable(cards.get(key));
            MemoryCard after = reviewer.review(before.map(Stored::card), review);
            int reviewed = before.map(Stored::reviews).orElse(0);
            int right = before.map(Stored::right).orElse(0);
            cards.put(key, new Stored(after, reviewed + 1, right + (review.right() ? 1 : 0)));
        }
    }

    @Override
    public synchronized boolean reviewRevealed(
            RoundId round, int step, String questionId, List<Review> reviews, Reviewer reviewer) {
        if (!savedSteps.add(Map.entry(round, step))) {
            return false;
        }
        review(questionId, reviews, reviewer);
        return true;
    }

    @Override
    public synchronized List<DueCard> due(PlayerId player, Instant now, int limit) {
        return cards.entrySet().stream()
                .filter(e -> e.getKey().player().equals(player)
                        && !e.getValue().card().due().isAfter(now))
                .map(e ->
                        new DueCard(e.getKey().questionId(), e.getValue().card().due()))
                .sorted(Comparator.comparing(DueCard::due).thenComparing(DueCard::questionId))
                .limit(Math.max(0, limit))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized List<Integer> countDue(PlayerId player, List<Instant> untils, Set<String> except) {
        return untils.stream()
                .map(until -> (int) cards.entrySet().stream()
                        .filter(e -> e.getKey().player().equals(player)
                                && !e.getValue().card().due().isAfter(until)
                                && !except.contains(e.getKey().questionId()))
                        .count())
                .collect(Collectors.toList());
    }

    @Override
    public synchronized Tally tally(PlayerId player) {
        int reviews = 0;
        int right = 0;
        for (Map.Entry<Key, Stored> e : cards.entrySet()) {
            if (e.getKey().player().equals(player)) {
                reviews += e.getValue().reviews();
                right += e.getValue().right();
            }
        }
        return new Tally(reviews, right);
    }

    @Override
    public synchronized boolean optedOut(PlayerId player) {
        return optedOut.contains(player);
    }

    @Override
    public synchronized void setOptedOut(PlayerId player, boolean out) {
        if (out) {
            optedOut.add(player);
        } else {
            optedOut.remove(player);
        }
    }
}
