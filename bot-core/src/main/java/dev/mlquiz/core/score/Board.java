package dev.mlquiz.core.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaderboard's numbers: the best players (best first), and the asker's own total and rank (1 + the
 * number of players with more points, so ties share a rank), and how many players have a total.
 */
public record Board(List<PlayerTotal> top, Optional<RankedTotal> asker, int players) {
    public record RankedTotal(int rank, PlayerTotal total) {}

    public Board {
        top = List.copyOf(top);
        Objects.requireNonNull(asker, "asker");
    }
}
