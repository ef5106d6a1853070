package dev.mlquiz.core.view;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Top players of a team ("Team") or channel ("#general") in a window, plus the asker's own line when outside the top. */
public record LeaderboardView(Text scope, Window window, List<Line> top, Optional<Line> asker, int players)
        implements View {

    /** {@code dailyStreak}: consecutive questions of the day answered right (see {@code PlayerStats.DailyStreak}). */
    public record Line(int rank, String name, int points, int correct, int answered, boolean asker, int dailyStreak) {}

    public LeaderboardView {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(window, "window");
        top = List.copyOf(top);
        Objects.requireNonNull(asker, "asker");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.leaderboard(this);
    }
}
