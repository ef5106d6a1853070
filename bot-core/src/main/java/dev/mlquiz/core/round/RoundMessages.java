package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.RoundId;
import java.util.Optional;

/**
 * Remembers which platform message shows a round, as an opaque reference the adapter chose (a Discord
 * message id, a Slack message timestamp), so reveals and live counts can edit it after a restart.
 */
public interface RoundMessages {
    void attach(RoundId round, String messageRef);

    Optional<String> messageRef(RoundId round);
}
