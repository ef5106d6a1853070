package dev.mlquiz.core.identity;

import java.util.Collection;
import java.util.Map;

/** Remembers display names, so leaderboards and reveals show the names the platforms last reported. */
public interface Directory {
    void rememberPlayer(Player player);

    void rememberChannel(ChannelId channel, String displayName);

    /** Names of the players it knows; unknown players are absent from the map. */
    Map<PlayerId, String> names(Collection<PlayerId> players);
}
