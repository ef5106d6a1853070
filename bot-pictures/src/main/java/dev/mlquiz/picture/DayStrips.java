package dev.mlquiz.picture;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.picture.Sketch.Align;
import java.util.List;
import java.util.Objects;

/**
 * The stats card's two day-by-day panels side by side: answers on each of the last 30 days (dated at both
 * ends, with their total), and the review forecast (each day's count and day of the month). Without a
 * review the answers take the whole width.
 */
final class DayStrips {
    static final int HEIGHT = 150;
    static final int BAR_TRACK = 60;
    private static final int INSET = 16;
    private static final int GAP = 16;
    private static final int FORECAST_WIDTH = 300;

    private final Catalog catalog;
    private final Sketch sketch;

    DayStrips(Catalog catalog, Sketch sketch) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.sketch = Objects.requireNonNull(sketch, "sketch");
    }

    /** Returns the bottom of the panels. */
    int draw(StatsView view, int x, int top, int width) {
        int activityWidth = view.review().isPresent() ? width - FORECAST_WIDTH - GAP : width;
        List<StatsView.DayCount> activity = view.activity();
        panel(
                x,
                top,
                activityWidth,
                Msg.STATS_ACTIVITY,
                activity.stream().mapToInt(StatsView.DayCount::count).sum());
        int bottom = top + 104;
        Strip strip = bars(activity, activity.size() - 1, x, activityWidth, bottom, 0.6);
        if (!activity.isEmpty()) {
            int labels = bottom + 22;
            sketch.text(
                    activity.get(0).day().toString(), Style.SMALL, strip.left(), labels, activityWidth / 2, Align.LEFT);
            sketch.text(
                    activity.get(activity.size() - 1).day().toString(),
                    Style.SMALL,
                    strip.right(activity.size()),
                    labels,
                    activityWidth / 2,
                    Align.RIGHT);
        }
        view.review().ifPresent(review -> forecast(review.forecast(), x + activityWidth + GAP, top, bottom));
        return top + HEIGHT;
    }

    private void forecast(List<StatsView.DayCount> days, int x, int top, int bottom) {
        panel(
                x,
                top,
                FORECAST_WIDTH,
                Msg.STATS_FORECAST,
                days.stream().mapToInt(StatsView.DayCount::count).sum());
        Strip strip = bars(days, 0, x, FORECAST_WIDTH, bottom, 0.7);
        for (int i = 0; i < days.size(); i++) {
            int centre = strip.left() + i * strip.step() + strip.thickness() / 2;
            sketch.text(
                    String.valueOf(days.get(i).count()),
                    Style.SMALL,
                    Ink.TEXT,
                    centre,
                    bottom + 18,
                    strip.step(),
                    Align.CENTER);
            sketch.text(
                    String.valueOf(days.get(i).day().getDayOfMonth()),
                    Style.SMALL,
                    centre,
                    bottom + 36,
                    strip.step(),
                    Align.CENTER);
        }
    }

    /** A panel with its heading on the left and its total on the right. */
    private void panel(int x, int top, int width, Msg heading, int total) {
        sketch.box(x, top, width, HEIGHT, 14, Ink.PANEL);
        String count = String.valueOf(total);
        Piece.Label totalLabel = sketch.text(count, Style.STRONG, x + width - INSET, top + 28, width / 3, Align.RIGHT);
        sketch.text(
                catalog.resolve(heading),
                Style.HEADING,
                x + INSET,
                top + 26,
                width - 3 * INSET - totalLabel.width(),
                Align.LEFT);
    }

    /** Where a strip's bars are: the first one's left edge, the distance between bars, their width. */
    private record Strip(int left, int step, int thickness) {
        int right(int count) {
            return left + (count - 1) * step + thickness;
        }
    }

    /**
     * One bar a day, scaled to the busiest day, today's ({@code today}: its index) in gold; {@code fill}: the
     * share of each step a bar takes.
     */
    private Strip bars(List<StatsView.DayCount> days, int today, int x, int width, int bottom, double fill) {
        int step = days.isEmpty() ? 0 : (width - 2 * INSET) / days.size();
        int thickness = Math.max(2, (int) Math.round(step * fill));
        int left = x + (width - days.size() * step) / 2 + (step - thickness) / 2;
        int busiest = Math.max(
                1, days.stream().mapToInt(StatsView.DayCount::count).max().orElse(0));
        for (int i = 0; i < days.size(); i++) {
            int count = days.get(i).count();
            sketch.verticalBar(
                    left + i * step,
                    bottom,
                    thickness,
                    BAR_TRACK,
                    (double) count / busiest,
                    count,
                    i == today ? Ink.GOLD : Ink.BAR);
        }
        return new Strip(left, step, thickness);
    }
}
