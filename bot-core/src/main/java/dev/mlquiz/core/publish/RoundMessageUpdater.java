package dev.mlquiz.core.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a posted round message current on any platform, through its {@link Publisher}: remembers which
 * message shows which round, refreshes the live answer count (coalesced, so a burst of clicks makes one
 * edit), shows the reveal when the round closes (posted anew when the question's message is unknown), and
 * posts questions of the day. Edits of one round are issued under that round's lock, so a slow platform call
 * delays only its own round; a revealed round never gets a later count edit, so the reveal is always the last
 * word. Across processes, a count edit is made only while the database has the round open, and is followed
 * by the reveal when the round closed meanwhile.
 */
public final class RoundMessageUpdater implements Announcer {
    private static final Logger log = LoggerFactory.getLogger(RoundMessageUpdater.class);
    private static final int ROUND_LOCK_STRIPES = 64;

    private final EditCoalescer coalescer;
    private final Publisher publisher;
    private final RoundMessages messages;
    private final Cache<RoundId, Boolean> revealed =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).build();
    private final Object[] roundLocks =
            IntStream.range(0, ROUND_LOCK_STRIPES).mapToObj(i -> new Object()).toArray();
    /** Read from the database, not a quiz's caches: any process may have closed the round. */
    private final RoundCards cards;

    public RoundMessageUpdater(EditCoalescer coalescer, Publisher publisher, RoundMessages messages, RoundCards cards) {
        this.coalescer = Objects.requireNonNull(coalescer, "coalescer");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /**
     * An adapter posted the round's question itself (as the reply to the command that asked it): its
     * message is the one later edits replace. Without it the question still takes answers, and its reveal
     * is posted as a new message.
     */
    public void shown(RoundId round, String messageRef) {
        try {
            messages.attach(round, messageRef);
        } catch (RuntimeException e) {
            log.warn("the message of round {} could not be remembered: {}", round.value(), e.toString());
        }
    }

    /** The message showing the round, for a link to it; empty when unknown. */
    public Optional<String> messageRef(RoundId round) {
        return messages.messageRef(round);
    }

    /** Posts a round's question (after other views, such as a recap) and remembers its message. */
    public PostResult post(ChannelId channel, List<View> before, QuestionCard card) {
        List<View> views = new ArrayList<>(before);
        views.add(card);
        PostResult result = publisher.post(channel, views);
        if (result instanceof PostResult.Posted) {
            shown(card.round(), ((PostResult.Posted) result).messageRef());
        }
        return result;
    }

    @Override
    public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        return post(channel, recap.<List<View>>map(List::of).orElse(List.of()), card);
    }

    /** The stage of the reveal's showing: the publisher's edit, or done once posted anew. */
    @Override
    public CompletionStage<Void> roundClosed(RevealView reveal) {
        synchronized (lockOf(reveal.round())) {
            return reveal(reveal.channel(), reveal.round(), reveal);
        }
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        coalescer.request(round.value(), () -> {
            synchronized (lockOf(round)) {
                if (revealed.getIfPresent(round) != null) {
                    return;
                }
                // The card is empty once the round closed in the database, in this process or another.
                Optional<QuestionCard> card = cards.card(round);
                if (card.isEmpty()) {
                    return;
                }
                show(channel, round, card.get());
                // Another process may have closed the round and shown its reveal while this edit was under
                // way; showing the reveal again keeps it the last word.
                cards.revealOf(round).ifPresent(reveal -> reveal(channel, round, reveal));
            }
        });
    }

    /**
     * Shows the reveal, under the round's lock. Editing the question's message again is harmless; a reveal
     * posted anew (the question's message unknown) is posted once, whichever of the close and a late count
     * edit gets there first, unless that post failed.
     */
    private CompletionStage<Void> reveal(ChannelId channel, RoundId round, RevealView reveal) {
        boolean shownBefore = revealed.asMap().putIfAbsent(round, true) != null;
        Optional<String> messageRef = messages.messageRef(round);
        if (messageRef.isPresent()) {
            return publisher.edit(channel, messageRef.get(), reveal);
        }
        if (shownBefore) {
            return CompletableFuture.completedFuture(null);
        }
        log.warn("the reveal of round {} has no question message to replace; posting it anew", round.value());
        PostResult result = publisher.post(channel, List.of(reveal));
        if (result instanceof PostResult.Failed) {
            String reason = ((PostResult.Failed) result).reason();
            log.warn("the reveal of round {} could not be posted either: {}", round.value(), reason);
            // A later sweep redoes the reveal: it must post then.
            revealed.invalidate(round);
            return CompletableFuture.failedFuture(new IllegalStateException("posting the reveal failed: " + reason));
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Edits the round's message into its live count, when the message is known. */
    private void show(ChannelId channel, RoundId round, QuestionCard card) {
        Optional<String> messageRef = messages.messageRef(round);
        if (messageRef.isPresent()) {
            publisher.edit(channel, messageRef.get(), card);
        } else {
            log.warn("the live count of round {} has no message to edit", round.value());
        }
    }

    private Object lockOf(RoundId round) {
        return roundLocks[Math.floorMod(round.hashCode(), ROUND_LOCK_STRIPES)];
    }
}
