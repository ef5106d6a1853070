package dev.mlquiz.core.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Keeps the directory's display names current as players and channels show up. */
final class Names {
    private final Directory directory;
    /**
     * The names this process last wrote; bounded, since forgetting one costs only a repeated write. Its
     * upkeep runs on the writing thread: a burst of new players would otherwise queue upkeep tasks on the
     * common pool, which competes with the answering threads for the cores.
     */
    private final Cache<PlayerId, String> written =
            Caffeine.newBuilder().maximumSize(100_000).executor(Runnable::run).build();
    /** The same for channels: every command names its channel, and most commands write nothing else. */
    private final Cache<ChannelId, String> writtenChannels =
            Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

    Names(Directory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    void remember(Invocation who) {
        remember(who.player());
        if (!who.channelName().equals(writtenChannels.getIfPresent(who.channel()))) {
            directory.rememberChannel(who.channel(), who.channelName());
            writtenChannels.put(who.channel(), who.channelName());
        }
    }

    /** Writes a name only when it is new or changed, so a burst of answers is not a burst of name writes. */
    void remember(Player player) {
        if (!player.displayName().equals(written.getIfPresent(player.id()))) {
            directory.rememberPlayer(player);
            written.put(player.id(), player.displayName());
        }
    }

    /** The name a player was last seen under; empty for someone never seen. */
    Optional<String> known(PlayerId player) {
        return Optional.ofNullable(directory.names(List.of(player)).get(player));
    }

    Map<PlayerId, String> of(List<PlayerId> players) {
        return directory.names(players);
    }
}
