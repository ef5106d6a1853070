package dev.mlquiz.core.testing;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A leaderboard and a weekly recap with known contents, for the tests of the picture cards' delivery. */
public final class SampleBoards {
    public static final LeaderboardView.Line ALICE = new LeaderboardView.Line(1, "alice", 12, 6, 8, false, 3);
    public static final LeaderboardView.Line BOB = new LeaderboardView.Line(2, "bob", 7, 4, 9, true, 0);

    private SampleBoards() {}

    public static LeaderboardView leaderboard() {
        return new LeaderboardView(Text.literal("Team"), Window.WEEK, List.of(ALICE, BOB), Optional.empty(), 2);
    }

    /** The week of 2026-03-02 in #general. */
    public static RecapView recap() {
        return new RecapView(
                "general",
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-08"),
                List.of(ALICE, BOB),
                2,
                5,
                9,
                6);
    }
}
