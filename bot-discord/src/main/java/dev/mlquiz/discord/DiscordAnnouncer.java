package dev.mlquiz.discord;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendering out for things no interaction asked for: the live answer count (coalesced) and the reveal,
 * both as edits of the round's message. Edits of one round are enqueued under one lock, in order, and a
 * revealed round never gets a late count edit, so the reveal is always the last word.
 */
public final class DiscordAnnouncer implements Announcer {
    private static final Logger log = LoggerFactory.getLogger(DiscordAnnouncer.class);

    private final RoundMessages messages;
    private final EditCoalescer coalescer;
    private final Set<RoundId> revealed = ConcurrentHashMap.newKeySet();
    private volatile JDA jda;
    private volatile Quiz quiz;

    public DiscordAnnouncer(RoundMessages messages, EditCoalescer coalescer) {
        this.messages = messages;
        this.coalescer = coalescer;
    }

    /** The quiz is built with this announcer, and JDA after the quiz: both are attached once they exist. */
    public void connect(JDA jda, Quiz quiz) {
        this.jda = jda;
        this.quiz = quiz;
    }

    @Override
    public void roundClosed(RevealView reveal) {
        synchronized (this) {
            revealed.add(reveal.round());
            edit(reveal.channel(), reveal.round(), reveal);
        }
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        coalescer.request(round.value(), () -> {
            synchronized (this) {
                if (!revealed.contains(round) && quiz != null) {
                    quiz.card(round).ifPresent(card -> edit(channel, round, card));
                }
            }
        });
    }

    private void edit(ChannelId channel, RoundId round, View view) {
        Optional<String> messageId = messages.messageRef(round);
        GuildMessageChannel target =
                jda == null ? null : jda.getChannelById(GuildMessageChannel.class, channel.value());
        if (messageId.isEmpty() || target == null) {
            log.warn(
                    "cannot update round {}: message {} in channel {} is unknown",
                    round.value(),
                    messageId,
                    channel.value());
            return;
        }
        target.editMessageById(messageId.get(), DiscordRenderer.edit(view))
                .queue(
                        done -> {},
                        failure -> log.warn(
                                "editing the message of round {} failed: {}", round.value(), failure.getMessage()));
    }
}
