package dev.mlquiz.core.view;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which views come with a picture card beside their text: leaderboards, stats and weekly recaps. The
 * drawing is outside the core (bot-pictures); every front end asks here which view has a card.
 */
public final class PictureCards {
    private static final Logger log = LoggerFactory.getLogger(PictureCards.class);

    private PictureCards() {}

    /**
     * The card drawn for the view, or empty for a view that has none. A card that cannot be drawn costs the
     * card alone, with one WARN line: the text goes out without it.
     */
    public static <P> Optional<P> of(
            View view,
            Function<LeaderboardView, P> leaderboard,
            Function<StatsView, P> stats,
            Function<RecapView, P> recap) {
        try {
            if (view instanceof LeaderboardView board) {
                return Optional.of(leaderboard.apply(board));
            }
            if (view instanceof StatsView player) {
                return Optional.of(stats.apply(player));
            }
            if (view instanceof RecapView week) {
                return Optional.of(recap.apply(week));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "the picture card of a {} could not be drawn: {}",
                    view.getClass().getSimpleName(),
                    e.toString());
        }
        return Optional.empty();
    }
}
