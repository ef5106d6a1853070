package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Leaderboard totals over ranked answers. Implementations keep them equal to the sums of the answer
 * record (see {@code AnswerStore#record}); {@link #rebuild} re-derives them from the record.
 */
public interface Standings {

    /** The top {@code limit} players of the scope in the period, plus the asker's own line. */
    Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker);

    /** Every channel of the team with a ranked answer in the period, in no particular order. */
    List<ChannelTotal> channels(TeamId team, Period period);

    /** Players with a ranked answer in the channel at or after {@code since}. */
    int regulars(ChannelId channel, Instant since);

    /** Re-derives the team's weekly and monthly totals from its answers, for a new time zone. */
    void rebuild(TeamId team, ZoneId zone);
}
