package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where rounds live. Implementations must make {@link #open} and {@link #close} atomic. */
public interface RoundStore {

    /**
     * Stores {@code candidate} unless its channel already has an open round of the same single-slot kind
     * (ASK per channel, PRACTICE per owner); returns the round that is open afterwards.
     */
    Round open(Round candidate);

    Optional<Round> find(RoundId id);

    Optional<Round> openAsk(ChannelId channel);

    Optional<Round> openPractice(PlayerId owner);

    /** Open rounds whose close time is at or before {@code now}, oldest first. */
    List<Round> due(Instant now);

    /** Every question of the day posted in these channels, oldest first. */
    List<Round> daily(Collection<ChannelId> channels);

    /** Marks the round closed; true only for the one caller that closed it. */
    boolean close(RoundId id, Instant closedAt);
}
