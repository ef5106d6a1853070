package dev.mlquiz.core.schedule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps a posted round message current on any platform: a live answer count, coalesced so a burst of
 * clicks makes one edit, and the reveal when the round closes. Edits of a round are issued under one
 * lock, and a revealed round never gets a later count edit, so the reveal is always the last word.
 * The platform part is only the {@link MessageEditor}.
 */
public final class RoundMessageUpdater implements Announcer {
    /** Shows a view in place of a round's posted message. */
    @FunctionalInterface
    public interface MessageEditor {
        void edit(ChannelId channel, RoundId round, View view);
    }

    private final EditCoalescer coalescer;
    private final MessageEditor editor;
    private final Cache<RoundId, Boolean> revealed =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).build();
    private volatile Quiz quiz;

    public RoundMessageUpdater(EditCoalescer coalescer, MessageEditor editor) {
        this.coalescer = Objects.requireNonNull(coalescer, "coalescer");
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The quiz is built with its announcer, so it is attached once it exists. */
    public void attach(Quiz quiz) {
        this.quiz = quiz;
    }

    @Override
    public void roundClosed(RevealView reveal) {
        synchronized (this) {
            revealed.put(reveal.round(), true);
            editor.edit(reveal.channel(), reveal.round(), reveal);
        }
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        coalescer.request(round.value(), () -> {
            synchronized (this) {
                Quiz current = quiz;
                if (current != null && revealed.getIfPresent(round) == null) {
                    current.card(round).ifPresent(card -> editor.edit(channel, round, card));
                }
            }
        });
    }
}
