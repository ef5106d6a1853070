package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.PlayerStats;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Question-of-the-day streaks, for stats and for leaderboard lines. */
final class Streaks {
    private final RoundStore rounds;
    private final AnswerStore answers;

    Streaks(RoundStore rounds, AnswerStore answers) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** The player's streaks over the daily questions of the channels they play in. */
    PlayerStats.DailyStreak of(List<Answer> history) {
        Map<RoundId, Boolean> correctness = new HashMap<>();
        Set<ChannelId> channels = new HashSet<>();
        for (Answer answer : history) {
            if (answer.kind() == RoundKind.DAILY) {
                correctness.put(answer.round(), answer.correct());
                channels.add(answer.channel());
            }
        }
        if (channels.isEmpty()) {
            return PlayerStats.DailyStreak.NONE;
        }
        return PlayerStats.DailyStreak.of(rounds.daily(channels), correctness);
    }

    /**
     * The current streak alone, in the team's channels: read from the newest revealed daily questions back, a widening window at a
     * time, since most streaks end within a few questions.
     */
    int current(PlayerId player, TeamId team) {
        for (int limit = 16; ; limit *= 4) {
            List<Optional<Boolean>> newest = answers.latestDailyResults(player, team, limit);
            PlayerStats.CurrentRun current = PlayerStats.DailyStreak.current(newest);
            if (current.complete() || newest.size() < limit) {
                return current.run();
            }
        }
    }
}
