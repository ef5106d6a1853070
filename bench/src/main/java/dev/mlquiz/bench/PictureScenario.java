package dev.mlquiz.bench;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scenario 8: leaderboard cards drawn from 10-row boards, each board different (so the cache never
 * answers): layout, Java2D painting and PNG encoding together, after a warm-up. The first card also loads
 * the bundled fonts, timed apart.
 */
final class PictureScenario {
    static final int WARM_UP = 300;
    static final int RENDERS = 1000;
    private static final String[] NAMES = {
        "Ada", "José", "東京太郎", "Zoë", "ml-ops_42", "Priya", "Ολυμπία", "Кирилл", "Sun-hee", "O'Brien"
    };

    /** The first card's time (fonts loaded), the timings of the measured ones, and a card's size. */
    record Outcome(double firstMillis, Samples renders, int pngBytes) {}

    Outcome run() {
        Pictures pictures = new Pictures(Catalog.english());
        long begin = System.nanoTime();
        Png first = pictures.leaderboard(board(-1));
        double firstMillis = (System.nanoTime() - begin) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            pictures.leaderboard(board(i));
        }
        long[] nanos = new long[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            LeaderboardView board = board(WARM_UP + i);
            long start = System.nanoTime();
            pictures.leaderboard(board);
            nanos[i] = System.nanoTime() - start;
        }
        return new Outcome(firstMillis, new Samples(nanos), first.bytes().length);
    }

    /** A team's board, its points moved by {@code n} so that no two are equal. */
    private static LeaderboardView board(int n) {
        List<LeaderboardView.Line> lines = new ArrayList<>();
        int leader = 500 + n;
        for (int rank = 1; rank <= NAMES.length; rank++) {
            int points = leader - (rank - 1) * (leader / 12);
            int answered = points / 2 + rank;
            lines.add(new LeaderboardView.Line(rank, NAMES[rank - 1], points, answered * 2 / 3, answered, false, 0));
        }
        return new LeaderboardView(
                Text.of(Msg.LEADERBOARD_SCOPE_TEAM),
                Window.WEEK,
                lines,
                Optional.of(new LeaderboardView.Line(37, "you", 12, 6, 9, true, 0)),
                180);
    }
}
