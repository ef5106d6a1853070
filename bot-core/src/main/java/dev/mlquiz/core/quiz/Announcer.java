package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.view.RevealView;

/** How the core tells a platform about things no command asked for just now. Adapters implement it. */
public interface Announcer {

    /** A channel round closed (by its timer or an admin): show the reveal where the question was posted. */
    void roundClosed(RevealView reveal);

    /** Someone answered; the adapter may refresh the live count (coalescing bursts) via {@link Quiz#card}. */
    void answerRecorded(RoundId round, ChannelId channel);

    Announcer SILENT = new Announcer() {
        @Override
        public void roundClosed(RevealView reveal) {}

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}
    };
}
