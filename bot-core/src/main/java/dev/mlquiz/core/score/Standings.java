package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.List;

/** Totals summed from the answer record over ranked rounds answered in [{@code from}, {@code until}). */
public interface Standings {
    /** The end of an open period: later than any answer. */
    Instant FOREVER = Instant.ofEpochMilli(Long.MAX_VALUE);

    /** Every player with a ranked answer in the team in the period, best first. */
    List<PlayerTotal> team(TeamId team, Instant from, Instant until);

    /** Every player with a ranked answer in the channel in the period, best first. */
    List<PlayerTotal> channel(ChannelId channel, Instant from, Instant until);

    /** Every channel of the team with a ranked answer in the period, in no particular order. */
    List<ChannelTotal> channels(TeamId team, Instant from, Instant until);
}
