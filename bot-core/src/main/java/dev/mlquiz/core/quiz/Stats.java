package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /mlquiz stats}: a player's record over revealed rounds and practice in the team where it is asked;
 * their review (memory cards) is their own and the same in every team.
 */
final class Stats {
    private final QuestionBank bank;
    private final AnswerStore answers;
    private final Names names;
    private final Streaks streaks;
    private final Reviewing reviewing;
    private final Settings settings;
    private final StoredClock clock;

    Stats(
            QuestionBank bank,
            AnswerStore answers,
            Names names,
            Streaks streaks,
            Reviewing reviewing,
            Settings settings,
            StoredClock clock) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.names = Objects.requireNonNull(names, "names");
        this.streaks = Objects.requireNonNull(streaks, "streaks");
        this.reviewing = Objects.requireNonNull(reviewing, "reviewing");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code subject}: a user id on the asker's platform; empty means the asker. */
    Reply stats(Invocation who, Optional<String> subject) {
        TeamId team = who.channel().team();
        if (subject.isEmpty()) {
            return Reply.privately(of(team, who.player().id(), who.player().displayName()));
        }
        PlayerId id;
        try {
            id = new PlayerId(who.player().id().platform(), subject.get());
        } catch (IllegalArgumentException e) {
            return Reply.privately(Notice.error(Text.of(Msg.STATS_UNKNOWN_USER, subject.get())));
        }
        return Reply.privately(of(team, id, names.known(id).orElse(subject.get())));
    }

    /** The player's stats in the team, their days counted in the team's zone. */
    StatsView of(TeamId team, PlayerId player, String name) {
        ZoneId zone = settings.timeZone(team);
        List<Answer> history = answers.history(player, team);
        return new StatsView(
                name,
                PlayerStats.of(history, streaks.of(history), bank.topics()),
                reviewing.status(player, team, zone),
                activity(history, LocalDate.ofInstant(clock.now(), zone), zone));
    }

    /** Answers on each of the {@link StatsView#ACTIVITY_DAYS} days up to {@code today}, oldest first. */
    private static List<StatsView.DayCount> activity(List<Answer> history, LocalDate today, ZoneId zone) {
        LocalDate first = today.minusDays(StatsView.ACTIVITY_DAYS - 1);
        int[] counts = new int[StatsView.ACTIVITY_DAYS];
        for (Answer answer : history) {
            LocalDate day = LocalDate.ofInstant(answer.answeredAt(), zone);
            if (!day.isBefore(first) && !day.isAfter(today)) {
                counts[(int) ChronoUnit.DAYS.between(first, day)]++;
            }
        }
        List<StatsView.DayCount> days = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            days.add(new StatsView.DayCount(first.plusDays(i), counts[i]));
        }
        return days;
    }
}
