package dev.mlquiz.core.view;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A player's stats; {@code review} is where their spaced review stands, empty for a player who opted out
 * or has no card yet.
 */
public record StatsView(String playerName, PlayerStats stats, Optional<ReviewStatus> review) implements View {
    /** Cards due now, more due within a day, and the share of reviews answered right. */
    public record ReviewStatus(int dueNow, int dueSoon, Optional<Double> retention) {
        /** What to say of it. */
        public Text summary() {
            return retention
                    .map(share -> Text.of(Msg.STATS_REVIEW_RETENTION, dueNow, dueSoon, Phrases.percent(share)))
                    .orElseGet(() -> Text.of(Msg.STATS_REVIEW, dueNow, dueSoon));
        }
    }

    public StatsView {
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(review, "review");
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.stats(this);
    }
}
