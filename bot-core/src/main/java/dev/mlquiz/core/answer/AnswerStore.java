package dev.mlquiz.core.answer;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import java.util.List;
import java.util.Optional;

/** The append-only answer record. */
public interface AnswerStore {

    /**
     * Records the answer if its round is still open and the player has not answered it yet, checked in
     * the same atomic step as the write (a round another process closed refuses at once); true when this
     * one was recorded. Points for a question come once per team: when the player already has an answer
     * with points to the same question in the team, this one is stored with none (in the same step, so
     * two rounds of one question open at once cannot both pay).
     */
    boolean record(Answer answer);

    Optional<Answer> find(RoundId round, PlayerId player);

    /** Every answer to the round, in the order they were given. */
    List<Answer> forRound(RoundId round);

    int countForRound(RoundId round);

    /**
     * The player's results on the newest {@code limit} revealed questions of the day of the team's channels
     * where they answered one, newest first: right (true), wrong (false), or not answered (empty). Another
     * team's questions never count, as in the team's stats.
     */
    List<Optional<Boolean>> latestDailyResults(PlayerId player, TeamId team, int limit);

    /**
     * Every answer the player gave to a round that has closed, oldest first, in every team: their own
     * record, for themselves only. Open rounds stay secret.
     */
    List<Answer> history(PlayerId player);

    /**
     * {@link #history(PlayerId)} in one team only: what the team may see (a Discord user is the same player
     * in every server, and one server's stats never show another's answers).
     */
    List<Answer> history(PlayerId player, TeamId team);
}
