package dev.mlquiz.core.view;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which views come with a picture card beside their text: leaderboards, the channels ranked, stats and
 * weekly recaps. The drawing is outside the core (bot-pictures); it asks here which view has a card.
 */
public final class PictureCards<P> {
    private static final Logger log = LoggerFactory.getLogger(PictureCards.class);

    private final Function<LeaderboardView, P> leaderboard;
    private final Function<TeamsView, P> teams;
    private final Function<StatsView, P> stats;
    private final Function<RecapView, P> recap;

    /** How each kind of view with a card is drawn. */
    public PictureCards(
            Function<LeaderboardView, P> leaderboard,
            Function<TeamsView, P> teams,
            Function<StatsView, P> stats,
            Function<RecapView, P> recap) {
        this.leaderboard = Objects.requireNonNull(leaderboard, "leaderboard");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.recap = Objects.requireNonNull(recap, "recap");
    }

    /** Whether the view comes with a card, without drawing it. */
    public static boolean has(View view) {
        return new PictureCards<Boolean>(v -> true, v -> true, v -> true, v -> true)
                .of(view)
                .isPresent();
    }

    /**
     * The card drawn for the view, or empty for a view that has none. A card that cannot be drawn costs the
     * card alone, with one WARN line: the text goes out without it.
     */
    public Optional<P> of(View view) {
        try {
            return view.accept(new Drawing());
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // A card that cannot be drawn for want of fonts, a native library or memory costs the card alone.
            log.warn(
                    "the picture card of a {} could not be drawn: {}",
                    view.getClass().getSimpleName(),
                    e.toString());
            return Optional.empty();
        }
    }

    private final class Drawing implements ViewVisitor<Optional<P>> {
        @Override
        public Optional<P> leaderboard(LeaderboardView view) {
            return Optional.of(leaderboard.apply(view));
        }

        @Override
        public Optional<P> teams(TeamsView view) {
            return Optional.of(teams.apply(view));
        }

        @Override
        public Optional<P> stats(StatsView view) {
            return Optional.of(stats.apply(view));
        }

        @Override
        public Optional<P> recap(RecapView view) {
            return Optional.of(recap.apply(view));
        }

        @Override
        public Optional<P> questionCard(QuestionCard card) {
            return Optional.empty();
        }

        @Override
        public Optional<P> notedCard(NotedCard noted) {
            return Optional.empty();
        }

        @Override
        public Optional<P> reveal(RevealView reveal) {
            return Optional.empty();
        }

        @Override
        public Optional<P> answer(AnswerView answer) {
            return Optional.empty();
        }

        @Override
        public Optional<P> topics(TopicsView topics) {
            return Optional.empty();
        }

        @Override
        public Optional<P> help(HelpView help) {
            return Optional.empty();
        }

        @Override
        public Optional<P> settings(SettingsView settings) {
            return Optional.empty();
        }

        @Override
        public Optional<P> reports(ReportsView reports) {
            return Optional.empty();
        }

        @Override
        public Optional<P> notice(Notice notice) {
            return Optional.empty();
        }
    }
}
