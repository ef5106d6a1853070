package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.PlayerId;
import java.util.Objects;

/** A player's sums over some answers. */
public record PlayerTotal(PlayerId player, String name, int points, int correct, int answered) {
    public PlayerTotal {
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(name, "name");
    }
}
