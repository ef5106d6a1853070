package dev.mlquiz.core.score;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.List;

/** Totals summed from the answer record over ranked rounds answered at or after {@code since}. */
public interface Standings {

    /** Every player with a ranked answer in the team since the instant, best first. */
    List<PlayerTotal> team(TeamId team, Instant since);

    /** Every player with a ranked answer in the channel since the instant, best first. */
    List<PlayerTotal> channel(ChannelId channel, Instant since);

    /** Every channel of the team with a ranked answer since the instant, in no particular order. */
    List<ChannelTotal> channels(TeamId team, Instant since);
}
