package dev.mlquiz.picture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.PictureCards;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TeamsView;
import dev.mlquiz.core.view.View;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cards the adapters attach beside their text: a pure function from a core view to PNG bytes, the
 * same on every machine (bundled fonts, no system font, headless). Views are values, so a card is cached
 * under the view it shows: the same board is drawn once. Thread-safe.
 */
public final class Pictures {
    /** PNG bytes kept at most: a 10-row board is about 65 KB, so a hundred cards or more. */
    static final long CACHE_BYTES = 8L * 1024 * 1024;

    private final RankingCard rankings;
    private final StatsCard stats;
    private final PictureCards<Png> cards =
            new PictureCards<>(this::leaderboard, this::teams, this::stats, this::recap);
    private final Cache<View, Png> drawn = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((View view, Png png) -> png.bytes().length)
            .build();

    public Pictures(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        this.rankings = new RankingCard(catalog);
        this.stats = new StatsCard(catalog);
    }

    /** The card of a view that has one (see {@link PictureCards}); empty for any other, or if drawing failed. */
    public Optional<Png> of(View view) {
        return cards.of(view);
    }

    public Png leaderboard(LeaderboardView board) {
        return cached("leaderboard.png", board, rankings::leaderboard);
    }

    /** The channels of a team ranked by points per active player. */
    public Png teams(TeamsView teams) {
        return cached("channels.png", teams, rankings::teams);
    }

    public Png recap(RecapView recap) {
        return cached("recap.png", recap, rankings::recap);
    }

    public Png stats(StatsView view) {
        return cached("stats.png", view, stats::stats);
    }

    private <V extends View> Png cached(String fileName, V view, Function<V, Layout> layout) {
        Objects.requireNonNull(view, "view");
        return drawn.get(view, key -> draw(fileName, layout.apply(view)));
    }

    static Png draw(String fileName, Layout layout) {
        return new Png(fileName, Painter.png(layout), layout.width(), layout.height());
    }
}
