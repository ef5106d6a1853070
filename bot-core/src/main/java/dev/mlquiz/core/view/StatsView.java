package dev.mlquiz.core.view;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A player's stats; {@code review} is where their spaced review stands, empty for a player who opted out
 * or has no card yet. {@code activity}: answers on each of the last {@link #ACTIVITY_DAYS} days in the
 * team's zone, oldest first, today last.
 */
public record StatsView(String playerName, PlayerStats stats, Optional<ReviewStatus> review, List<DayCount> activity)
        implements View {
    public static final int ACTIVITY_DAYS = 30;
    public static final int FORECAST_DAYS = 7;

    /** A count on one day in the team's zone. */
    public record DayCount(LocalDate day, int count) {
        public DayCount {
            Objects.requireNonNull(day, "day");
            if (count < 0) {
                throw new IllegalArgumentException("a day's count is never negative: " + count);
            }
        }
    }

    /**
     * Cards due now, more due within a day, the share of reviews answered right, and {@code forecast}: the
     * cards falling due on each of the next {@link #FORECAST_DAYS} days, today first (today's count includes
     * the overdue ones).
     */
    public record ReviewStatus(int dueNow, int dueSoon, Optional<Double> retention, List<DayCount> forecast) {
        public ReviewStatus {
            Objects.requireNonNull(retention, "retention");
            forecast = List.copyOf(forecast);
        }

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
        activity = List.copyOf(activity);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.stats(this);
    }
}
