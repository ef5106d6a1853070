package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Leaderboard totals over the ranked answers of revealed rounds: a round's answers count from the moment
 * it closes ({@code RoundStore#close}), never while it is open. {@link #rebuild} re-derives them from
 * the record.
 */
public interface Standings {

    /** The top {@code limit} players of the scope in the period, plus the asker's own line. */
    Board board(Scope scope, Period period, int limit, Optional<PlayerId> asker);

    /** Every channel of the team with a ranked answer in the period, in no particular order. */
    List<ChannelTotal> channels(TeamId team, Period period);

    /** Players with a ranked answer in the channel at or after {@code since}. */
    int regulars(ChannelId channel, Instant since);

    /**
     * Records that the team's totals are about to move to {@code zone}, before the zone is saved: a process
     * that stops between saving it and {@link #rebuild} leaves a change {@link #resumeRebuilds} finishes
     * (and one whose zone was never saved, it drops).
     */
    void beginRebuild(TeamId team, ZoneId zone);

    /** Re-derives the team's weekly and monthly totals from its answers, for a new time zone. */
    void rebuild(TeamId team, ZoneId zone);

    /**
     * Finishes every {@link #rebuild} that was started and cut short (its process ended mid-way), from
     * where it stopped; a store whose rebuilds are atomic has none.
     *
     * @return the teams whose totals it finished
     */
    List<TeamId> resumeRebuilds();

    /**
     * Moves whenever the team's totals change (a reveal, a rebuild), in whichever process changed them:
     * caches keyed by it are never served once the totals moved on.
     */
    long version(TeamId team);
}
