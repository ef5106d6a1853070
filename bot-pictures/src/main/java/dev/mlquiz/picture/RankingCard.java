package dev.mlquiz.picture;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.TeamsView;
import dev.mlquiz.picture.Sketch.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The leaderboard, the weekly recap and the channels ranked: a title, a line of details, then a row a
 * player or channel (rank, name, a bar scaled to the leader, the score, a last figure: accuracy, or a
 * channel's active players); the asker's own row is highlighted, after a gap when it is outside the top.
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

    /** One ranked row as drawn: {@code score} is what the bar shows, {@code shownScore} how it is written. */
    private record Row(int rank, String name, double score, String shownScore, String last, boolean asker) {}

    /** The two right-hand columns' headings. */
    private record Headings(Msg score, Msg last) {}

    private static final Headings PLAYERS = new Headings(Msg.STATS_POINTS, Msg.STATS_ACCURACY);
    private static final Headings CHANNELS = new Headings(Msg.PICTURE_PER_PLAYER, Msg.PICTURE_PLAYERS);

    RankingCard(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    Layout leaderboard(LeaderboardView board) {
        return layout(
                catalog.resolve(Msg.BOARD_TITLE, board.scope(), board.window().title()),
                catalog.resolve(Phrases.players(board.players())),
                PLAYERS,
                rows(board.top()),
                board.asker().map(this::row),
                Text.of(Msg.BOARD_NO_POINTS_YET));
    }

    Layout teams(TeamsView teams) {
        List<Row> rows = teams.lines().stream()
                .map(line -> new Row(
                        line.rank(),
                        "#" + line.channelName(),
                        line.pointsPerPlayer(),
                        String.format(Locale.ROOT, "%.1f", line.pointsPerPlayer()),
                        String.valueOf(line.activePlayers()),
                        false))
                .toList();
        return layout(
                catalog.resolve(Msg.TEAMS_TITLE, teams.window().title()),
                catalog.resolve(Msg.PICTURE_CHANNELS, teams.lines().size()),
                CHANNELS,
                rows,
                Optional.empty(),
                Text.of(Msg.TEAMS_NO_POINTS_YET));
    }

    private List<Row> rows(List<LeaderboardView.Line> lines) {
        return lines.stream().map(this::row).toList();
    }

    private Row row(LeaderboardView.Line line) {
        double share = line.answered() == 0 ? 0 : (double) line.correct() / line.answered();
        return new Row(
                line.rank(),
                line.name(),
                line.points(),
                String.valueOf(line.points()),
                catalog.resolve(Phrases.percent(share)),
                line.asker());
    }

    Layout recap(RecapView recap) {
        return layout(
                catalog.resolve(Msg.RECAP_HEADING, recap.channelName()),
                catalog.resolve(alongside(recap.figures())),
                PLAYERS,
                rows(recap.top()),
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
            String title, String details, Headings headings, List<Row> top, Optional<Row> asker, Text empty) {
        Sketch sketch = new Sketch(WIDTH);
        int textWidth = WIDTH - 2 * PADDING;
        sketch.text(title, Style.TITLE, PADDING, 58, textWidth, Align.LEFT);
        sketch.text(details, Style.SUBTITLE, PADDING, 86, textWidth, Align.LEFT);
        if (top.isEmpty()) {
            sketch.text(catalog.resolve(empty), Style.BODY, Ink.MUTED, PADDING, FIRST_ROW + 28, textWidth, Align.LEFT);
            return sketch.done(FIRST_ROW + ROW + PADDING);
        }
        sketch.text(catalog.resolve(headings.score()), Style.HEADING, POINTS_RIGHT, FIRST_ROW - 10, 160, Align.RIGHT);
        sketch.text(catalog.resolve(headings.last()), Style.HEADING, ACCURACY_RIGHT, FIRST_ROW - 10, 90, Align.RIGHT);
        List<Row> all = new ArrayList<>(top);
        asker.ifPresent(all::add);
        double best = all.stream().mapToDouble(Row::score).max().orElse(0);
        double leader = best > 0 ? best : 1;
        int y = FIRST_ROW;
        for (Row line : top) {
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

    private void row(Sketch sketch, Row line, int top, double leader) {
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
                line.score() / leader,
                line.score(),
                line.rank() == 1 ? Ink.GOLD : Ink.BAR);
        sketch.text(line.shownScore(), Style.STRONG, POINTS_RIGHT, baseline, 90, Align.RIGHT);
        sketch.text(line.last(), Style.BODY, Ink.MUTED, ACCURACY_RIGHT, baseline, 80, Align.RIGHT);
    }
}
