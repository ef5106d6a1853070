package dev.mlquiz.core.schedule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a posted round message current on any platform: a live answer count, coalesced so a burst of
 * clicks makes one edit, and the reveal when the round closes; and posts questions of the day. Edits of a
 * round are issued under one lock, and a revealed round never gets a later count edit, so the reveal is
 * always the last word; across processes, a count edit is made only while the database has the round
 * open, and is followed by the reveal when the round closed meanwhile. The platform part is only the {@link Messenger}.
 */
public final class RoundMessageUpdater implements Announcer {
    /** The platform part: posting to a channel and editing a round's posted message. */
    public interface Messenger {
        /** Posts a question of the day (after the recap, if any) and remembers its message for later edits. */
        PostResult post(ChannelId channel, Optional<RecapView> recap, QuestionCard card);

        /** Shows a view in place of a round's posted message. */
        void edit(ChannelId channel, RoundId round, View view);
    }

    private final EditCoalescer coalescer;
    private final Messenger messenger;
    private final Cache<RoundId, Boolean> revealed =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).build();
    private volatile Quiz quiz;

    public RoundMessageUpdater(EditCoalescer coalescer, Messenger messenger) {
        this.coalescer = Objects.requireNonNull(coalescer, "coalescer");
        this.messenger = Objects.requireNonNull(messenger, "messenger");
    }

    /** The quiz is built with its announcer, so it is attached once it exists. */
    public void attach(Quiz quiz) {
        this.quiz = quiz;
    }

    @Override
    public void roundClosed(RevealView reveal) {
        synchronized (this) {
            revealed.put(reveal.round(), true);
            messenger.edit(reveal.channel(), reveal.round(), reveal);
        }
    }

    @Override
    public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        return messenger.post(channel, recap, card);
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        coalescer.request(round.value(), () -> {
            synchronized (this) {
                Quiz current = quiz;
                if (current == null || revealed.getIfPresent(round) != null) {
                    return;
                }
                // The card is empty once the round closed in the database, in this process or another.
                Optional<QuestionCard> card = current.card(round);
                if (card.isEmpty()) {
                    return;
                }
                messenger.edit(channel, round, card.get());
                // Another process may have closed the round and shown its reveal while this edit was under
                // way; showing the reveal again keeps it the last word.
                current.revealOf(round).ifPresent(reveal -> {
                    revealed.put(round, true);
                    messenger.edit(channel, round, reveal);
                });
            }
        });
    }
}
