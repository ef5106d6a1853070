package dev.mlquiz.core.daily;

import dev.mlquiz.core.identity.RoundId;
import java.util.Objects;

/**
 * What claiming a channel's question of the day for a local date found: whether this caller now holds the
 * claim, and the claim's round.
 */
public record DayClaim(Status status, RoundId round) {
    public DayClaim {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(round, "round");
    }

    /** Where the day stands for the caller. */
    public enum Status {
        /** The caller claimed the day first, for its own round: it opens the round and posts it. */
        CLAIMED,
        /**
         * The claim's lease ran out unsettled (its process died between claiming and posting), or its claimant
         * released it after failing before the post: the caller holds it now, and posts the claim's round,
         * opening it if that process had not.
         */
        TAKEN_OVER,
        /** Another caller holds the claim and its lease still runs: it may yet post. */
        HELD,
        /** The day is done with: its question was posted, or the failure to post it reported. */
        SETTLED
    }

    /** Whether the caller holds the claim, and so posts. */
    public boolean won() {
        return status == Status.CLAIMED || status == Status.TAKEN_OVER;
    }
}
