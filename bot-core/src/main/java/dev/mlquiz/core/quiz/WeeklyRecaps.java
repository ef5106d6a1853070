package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Ranking;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The weekly recap a channel's first question of the day in a week comes after: last week's board and questions. */
final class WeeklyRecaps {
    static final int RECAP_SIZE = 5;

    private final Standings standings;
    private final RoundStore rounds;
    private final AnswerStore answers;

    WeeklyRecaps(Standings standings, RoundStore rounds, AnswerStore answers) {
        this.standings = Objects.requireNonNull(standings, "standings");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** Last week (Monday to Sunday before {@code date}) in the channel. */
    RecapView of(ChannelId channel, LocalDate date, ZoneId zone) {
        LocalDate thisWeek = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        Instant from = lastWeek.atStartOfDay(zone).toInstant();
        Instant until = thisWeek.atStartOfDay(zone).toInstant();
        Board board = standings.board(Scope.channel(channel), Period.week(lastWeek), RECAP_SIZE, Optional.empty());
        List<LeaderboardView.Line> top = Ranking.ranked(
                board.top(),
                PlayerTotal::points,
                (rank, t) -> new LeaderboardView.Line(rank, t.name(), t.points(), t.correct(), t.answered(), false, 0));
        List<Round> week = rounds.daily(List.of(channel)).stream()
                .filter(r -> !r.openedAt().isBefore(from) && r.openedAt().isBefore(until))
                // One still open (an "open for 72h" Sunday question) is not revealed yet: it stays secret.
                .filter(r -> r.closedAt().isPresent())
                .collect(Collectors.toList());
        int given = 0;
        int right = 0;
        for (Round round : week) {
            List<Answer> roundAnswers = answers.forRound(round.id());
            given += roundAnswers.size();
            right += (int) roundAnswers.stream().filter(Answer::correct).count();
        }
        return new RecapView(
                channel.value(), lastWeek, thisWeek.minusDays(1), top, board.players(), week.size(), given, right);
    }
}
