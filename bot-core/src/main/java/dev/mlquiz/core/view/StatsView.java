package dev.mlquiz.core.view;

import dev.mlquiz.core.score.PlayerStats;
import java.util.Objects;

public record StatsView(String playerName, PlayerStats stats) implements View {
    public StatsView {
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(stats, "stats");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.stats(this);
    }
}
