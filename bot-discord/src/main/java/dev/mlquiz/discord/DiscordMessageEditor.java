package dev.mlquiz.discord;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rendering out for posted rounds: edits a round's message (live count, reveal) through the channel. */
public final class DiscordMessageEditor implements RoundMessageUpdater.MessageEditor {
    private static final Logger log = LoggerFactory.getLogger(DiscordMessageEditor.class);

    private final RoundMessages messages;
    private volatile JDA jda;

    public DiscordMessageEditor(RoundMessages messages) {
        this.messages = messages;
    }

    /** JDA is built after the quiz and its announcer; edits before that are skipped with a warning. */
    void connect(JDA jda) {
        this.jda = jda;
    }

    @Override
    public void edit(ChannelId channel, RoundId round, View view) {
        Optional<String> messageId = messages.messageRef(round);
        JDA client = jda;
        GuildMessageChannel target =
                client == null ? null : client.getChannelById(GuildMessageChannel.class, channel.value());
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
