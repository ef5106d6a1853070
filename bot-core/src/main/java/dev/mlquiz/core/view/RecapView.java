package dev.mlquiz.core.view;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Last week in a channel, posted before the week's first question of the day. */
public record RecapView(
        String channelName,
        LocalDate weekStart,
        LocalDate weekEnd,
        List<LeaderboardView.Line> top,
        int players,
        int dailyQuestions,
        int dailyAnswers,
        int dailyCorrect)
        implements View {
    public RecapView {
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(weekEnd, "weekEnd");
        top = List.copyOf(top);
    }

    /** The week's figures in words: its dates, questions of the day, answers, share right, players. */
    public List<Text> figures() {
        return List.of(
                Text.of(Msg.DATE_RANGE, weekStart.toString(), weekEnd.toString()),
                Text.of(Msg.RECAP_DAILY_QUESTIONS, dailyQuestions),
                Phrases.answers(dailyAnswers),
                Text.of(Msg.SHARE_RIGHT, Phrases.percent(dailyAccuracy())),
                Phrases.players(players));
    }

    /** Share of last week's daily answers that were right, 0 when there were none. */
    public double dailyAccuracy() {
        return dailyAnswers == 0 ? 0 : (double) dailyCorrect / dailyAnswers;
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.recap(this);
    }
}
