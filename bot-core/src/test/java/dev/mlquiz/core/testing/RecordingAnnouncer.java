package dev.mlquiz.core.testing;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.view.RevealView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Remembers what the core announced. */
public final class RecordingAnnouncer implements Announcer {
    public final List<RevealView> reveals = new CopyOnWriteArrayList<>();
    public final AtomicInteger answersAnnounced = new AtomicInteger();

    @Override
    public void roundClosed(RevealView reveal) {
        reveals.add(reveal);
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        answersAnnounced.incrementAndGet();
    }
}
