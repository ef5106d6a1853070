package dev.mlquiz.picture;

import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.picture.Sketch.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A player's stats: five figures (answered, accuracy, points, streak, daily streak), accuracy per topic and
 * per level as bars, the last 30 days of answers and the review forecast as strips, then the review and
 * the weak spot in words.
 */
final class StatsCard {
    static final int WIDTH = 800;
    static final int PADDING = 32;
    static final int SCORE_ROW = 30;
    /** Topic rows a card shows at most. */
    static final int SCORES_SHOWN = 12;

    static final int SCORE_TRACK = 300;
    private static final int TILE_HEIGHT = 76;
    private static final int TILE_GAP = 14;
    private static final int SCORE_NAME_WIDTH = 260;
    private static final int SCORE_BAR_X = 310;
    private static final int SECTION_GAP = 20;
    private static final int LINE = 24;

    private final Catalog catalog;

    StatsCard(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    Layout stats(StatsView view) {
        Sketch sketch = new Sketch(WIDTH);
        int textWidth = WIDTH - 2 * PADDING;
        sketch.text(
                catalog.resolve(Msg.STATS_TITLE, view.playerName()), Style.TITLE, PADDING, 58, textWidth, Align.LEFT);
        PlayerStats stats = view.stats();
        if (stats.answered() == 0) {
            sketch.text(
                    catalog.resolve(Msg.STATS_NO_ANSWERS_YET),
                    Style.BODY,
                    Ink.MUTED,
                    PADDING,
                    100,
                    textWidth,
                    Align.LEFT);
            return sketch.done(100 + PADDING);
        }
        int y = tiles(sketch, stats, 84) + SECTION_GAP;
        y = scores(
                        sketch,
                        Msg.STATS_BY_TOPIC,
                        stats.topics().stream()
                                .map(t -> new Score(t.topic().title(), t.correct(), t.answered(), t.accuracy()))
                                .toList(),
                        y)
                + SECTION_GAP;
        y = scores(
                        sketch,
                        Msg.STATS_BY_LEVEL,
                        stats.levels().stream()
                                .map(l -> new Score(l.level().id(), l.correct(), l.answered(), l.accuracy()))
                                .toList(),
                        y)
                + SECTION_GAP;
        y = new DayStrips(catalog, sketch).draw(view, PADDING, y, textWidth) + SECTION_GAP;
        List<Text> notes = new ArrayList<>();
        view.review().ifPresent(review -> notes.add(review.summary()));
        stats.weakSpot().ifPresent(spot -> notes.add(spot.advice()));
        for (Text note : notes) {
            sketch.text(catalog.resolve(note), Style.SUBTITLE, PADDING, y + 12, textWidth, Align.LEFT);
            y += LINE;
        }
        return sketch.done(y + PADDING / 2);
    }

    /** The five figures in a row of panels; returns the bottom. */
    private int tiles(Sketch sketch, PlayerStats stats, int top) {
        List<Tile> tiles = List.of(
                new Tile(Msg.STATS_ANSWERED, String.valueOf(stats.answered()), Style.FIGURE),
                new Tile(Msg.STATS_ACCURACY, catalog.resolve(Phrases.percent(stats.accuracy())), Style.FIGURE),
                new Tile(Msg.STATS_POINTS, String.valueOf(stats.points()), Style.FIGURE),
                new Tile(
                        Msg.STATS_STREAK,
                        catalog.resolve(Msg.STATS_WITH_BEST, stats.currentStreak(), stats.bestStreak()),
                        Style.STRONG),
                new Tile(
                        Msg.STATS_DAILY_STREAK,
                        catalog.resolve(
                                Msg.STATS_WITH_BEST,
                                stats.daily().current(),
                                stats.daily().best()),
                        Style.STRONG));
        int width = (WIDTH - 2 * PADDING - (tiles.size() - 1) * TILE_GAP) / tiles.size();
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            int x = PADDING + i * (width + TILE_GAP);
            sketch.box(x, top, width, TILE_HEIGHT, 12, Ink.PANEL);
            sketch.text(catalog.resolve(tile.label()), Style.HEADING, x + 14, top + 26, width - 28, Align.LEFT);
            sketch.text(tile.value(), tile.style(), x + 14, top + 60, width - 28, Align.LEFT);
        }
        return top + TILE_HEIGHT;
    }

    private record Tile(Msg label, String value, Style style) {}

    /** A topic's or a level's answers. */
    private record Score(String name, int correct, int answered, double accuracy) {}

    /**
     * A heading, then a row a score: name, accuracy bar, right of answered, share; returns the bottom. At
     * most {@link #SCORES_SHOWN} rows, then how many more: a team's own packs may add any number of topics,
     * and the card must stay a size people read (and a heap holds).
     */
    private int scores(Sketch sketch, Msg heading, List<Score> scores, int top) {
        sketch.text(catalog.resolve(heading), Style.HEADING, PADDING, top + 16, WIDTH - 2 * PADDING, Align.LEFT);
        int y = top + 24;
        for (Score score : scores.subList(0, Math.min(SCORES_SHOWN, scores.size()))) {
            int baseline = y + 21;
            sketch.text(score.name(), Style.BODY, PADDING, baseline, SCORE_NAME_WIDTH, Align.LEFT);
            sketch.horizontalBar(
                    SCORE_BAR_X,
                    y + 9,
                    SCORE_TRACK,
                    12,
                    score.accuracy(),
                    score.accuracy(),
                    Ink.forShare(score.accuracy()));
            sketch.text(
                    score.correct() + "/" + score.answered(), Style.BODY, Ink.MUTED, 700, baseline, 80, Align.RIGHT);
            sketch.text(
                    catalog.resolve(Phrases.percent(score.accuracy())),
                    Style.STRONG,
                    WIDTH - PADDING,
                    baseline,
                    60,
                    Align.RIGHT);
            y += SCORE_ROW;
        }
        if (scores.size() > SCORES_SHOWN) {
            sketch.text(
                    catalog.resolve(Msg.PICTURE_MORE_ROWS, scores.size() - SCORES_SHOWN),
                    Style.BODY,
                    Ink.MUTED,
                    PADDING,
                    y + 21,
                    WIDTH - 2 * PADDING,
                    Align.LEFT);
            y += SCORE_ROW;
        }
        return y;
    }
}
