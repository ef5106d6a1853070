package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where rounds live. Implementations must make {@link #open} and {@link #close} atomic. */
public interface RoundStore {
    /** How long a close or a claim holds a round's owed reveal for its caller before another may redo it. */
    Duration REVEAL_LEASE = Duration.ofMinutes(2);

    /**
     * Stores {@code candidate} unless its channel already has an open round of the same single-slot kind
     * (ASK per channel, PRACTICE per owner); returns the round that is open afterwards.
     *
     * @throws IllegalArgumentException when a round with the candidate's id exists already
     */
    Round open(Round candidate);

    Optional<Round> find(RoundId id);

    Optional<Round> openAsk(ChannelId channel);

    Optional<Round> openPractice(PlayerId owner);

    /**
     * The questions of the team's open channel rounds (asked and of the day): a private question must not
     * hand one out while it is open, or its feedback would tell the answer before the reveal.
     */
    Set<String> openChannelQuestions(TeamId team);

    /** Open rounds whose close time is at or before {@code now}, oldest first. */
    List<Round> due(Instant now);

    /** Every question of the day posted in these channels (withdrawn ones never were), oldest first. */
    List<Round> daily(Collection<ChannelId> channels);

    /** The channel's newest question of the day (withdrawn ones never were posted); empty if none. */
    Optional<Round> latestDaily(ChannelId channel);

    /** The channel's most recent asked round that was revealed (closed, not withdrawn). */
    Optional<Round> lastRevealedAsk(ChannelId channel);

    /**
     * Reveals the round: marks it closed and, in the same atomic step, counts its answers in the
     * standings. True only for the one caller that closed it, so answers are counted exactly once. A
     * channel round's reveal is recorded as owed in the same step, claimed by this caller for
     * {@link #REVEAL_LEASE} from {@code closedAt}, until {@link #revealed} says it was shown and rated.
     */
    boolean close(RoundId id, Instant closedAt);

    /**
     * Closed rounds whose reveal is still owed and unclaimed at {@code now} (the process revealing them
     * stopped or failed), oldest first.
     */
    List<Round> owedReveals(Instant now);

    /**
     * Claims an owed reveal for {@link #REVEAL_LEASE} from {@code now} unless another caller's claim still
     * holds; true only for the one caller that claimed it.
     */
    boolean claimReveal(RoundId id, Instant now);

    /** The round's reveal was shown and its answers rated: it is no longer owed. */
    void revealed(RoundId id);

    /** Closes a round that never reached its channel, without a reveal: its answers never count. */
    boolean withdraw(RoundId id, Instant closedAt);
}
