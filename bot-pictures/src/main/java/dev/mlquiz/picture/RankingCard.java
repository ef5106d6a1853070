package dev.mlquiz.picture;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.picture.Sketch.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The leaderboard and the weekly recap: a title, a line of details, then a row a player (rank, name, a bar
 * scaled to the leader's points, points, accuracy); the asker's own row is highlighted, after a gap when
 * it is outside the top.
 */
final class RankingCard {
    static final int WIDTH = 800;
    static final int PADDING = 32;
    static final int ROW = 44;
    static final int FIRST_ROW = 136;
    static final int BAR_TRACK = 232;
    private static final int ASKER_GAP = 28;
    private static final int RANK_RIGHT = 68;
    private static final int NAME_X = 84;
    private static final int NAME_WIDTH = 244;
    private static final int BAR_X = 344;
    private static final int BAR_THICKNESS = 14;
    private static final int POINTS_RIGHT = 672;
    private static final int ACCURACY_RIGHT = WIDTH - PADDING;

    private final Catalog catalog;

    RankingCard(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    Layout leaderboard(LeaderboardView board) {
        return layout(
                catalog.resolve(Msg.BOARD_TITLE, board.scope(), board.window().title()),
                catalog.resolve(Phrases.players(board.players())),
                board.top(),
                board.asker(),
                Text.of(Msg.BOARD_NO_POINTS_YET));
    }

    Layout recap(RecapView recap) {
        return layout(
                catalog.resolve(Msg.RECAP_HEADING, recap.channelName()),
                catalog.resolve(alongside(recap.figures())),
                recap.top(),
                Optional.empty(),
                Text.of(Msg.RECAP_NO_POINTS));
    }

    /** "a · b · c". */
    static Text alongside(List<Text> parts) {
        Text joined = parts.get(0);
        for (Text next : parts.subList(1, parts.size())) {
            joined = Text.of(Msg.PICTURE_ALONGSIDE, joined, next);
        }
        return joined;
    }

    private Layout layout(
            String title,
            String details,
            List<LeaderboardView.Line> top,
            Optional<LeaderboardView.Line> asker,
            Text empty) {
        Sketch sketch = new Sketch(WIDTH);
        int textWidth = WIDTH - 2 * PADDING;
        sketch.text(title, Style.TITLE, PADDING, 58, textWidth, Align.LEFT);
        sketch.text(details, Style.SUBTITLE, PADDING, 86, textWidth, Align.LEFT);
        if (top.isEmpty()) {
            sketch.text(catalog.resolve(empty), Style.BODY, Ink.MUTED, PADDING, FIRST_ROW + 28, textWidth, Align.LEFT);
            return sketch.done(FIRST_ROW + ROW + PADDING);
        }
        sketch.text(catalog.resolve(Msg.STATS_POINTS), Style.HEADING, POINTS_RIGHT, FIRST_ROW - 10, 120, Align.RIGHT);
        sketch.text(
                catalog.resolve(Msg.STATS_ACCURACY), Style.HEADING, ACCURACY_RIGHT, FIRST_ROW - 10, 90, Align.RIGHT);
        List<LeaderboardView.Line> all = new ArrayList<>(top);
        asker.ifPresent(all::add);
        int leader = Math.max(
                1, all.stream().mapToInt(LeaderboardView.Line::points).max().orElse(0));
        int y = FIRST_ROW;
        for (LeaderboardView.Line line : top) {
            row(sketch, line, y, leader);
            y += ROW;
        }
        if (asker.isPresent()) {
            sketch.text(Fonts.ELLIPSIS, Style.STRONG, Ink.MUTED, RANK_RIGHT, y + 16, 40, Align.RIGHT);
            y += ASKER_GAP;
            row(sketch, asker.get(), y, leader);
            y += ROW;
        }
        return sketch.done(y + PADDING / 2);
    }

    private void row(Sketch sketch, LeaderboardView.Line line, int top, int leader) {
        if (line.asker()) {
            sketch.box(PADDING / 2, top + 2, WIDTH - PADDING, ROW - 4, 12, Ink.HIGHLIGHT);
        }
        int baseline = top + 28;
        sketch.text(
                String.valueOf(line.rank()),
                Style.STRONG,
                Ink.forRank(line.rank()),
                RANK_RIGHT,
                baseline,
                60,
                Align.RIGHT);
        sketch.text(line.name(), line.asker() ? Style.STRONG : Style.BODY, NAME_X, baseline, NAME_WIDTH, Align.LEFT);
        sketch.horizontalBar(
                BAR_X,
                top + (ROW - BAR_THICKNESS) / 2,
                BAR_TRACK,
                BAR_THICKNESS,
                (double) line.points() / leader,
                line.points(),
                line.rank() == 1 ? Ink.GOLD : Ink.BAR);
        sketch.text(String.valueOf(line.points()), Style.STRONG, POINTS_RIGHT, baseline, 90, Align.RIGHT);
        double share = line.answered() == 0 ? 0 : (double) line.correct() / line.answered();
        sketch.text(
                catalog.resolve(Phrases.percent(share)),
                Style.BODY,
                Ink.MUTED,
                ACCURACY_RIGHT,
                baseline,
                80,
                Align.RIGHT);
    }
}
