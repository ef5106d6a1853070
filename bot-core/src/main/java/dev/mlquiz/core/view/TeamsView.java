package dev.mlquiz.core.view;

import dev.mlquiz.core.score.Window;
import java.util.List;
import java.util.Objects;

/** The channels of a team ranked by points per active player, so squads of any size can compete. */
public record TeamsView(Window window, List<Line> lines) implements View {

    public record Line(int rank, String channelName, double pointsPerPlayer, int points, int activePlayers) {}

    public TeamsView {
        Objects.requireNonNull(window, "window");
        lines = List.copyOf(lines);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.teams(this);
    }
}
