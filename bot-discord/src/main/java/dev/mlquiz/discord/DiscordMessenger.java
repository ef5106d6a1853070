package dev.mlquiz.discord;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.View;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendering out for posted rounds: posts questions of the day and edits a round's message (live count,
 * reveal) through the channel, which JDA knows from the guild cache.
 */
public final class DiscordMessenger implements RoundMessageUpdater.Messenger {
    private static final Logger log = LoggerFactory.getLogger(DiscordMessenger.class);

    private final RoundMessages messages;
    private volatile JDA jda;

    public DiscordMessenger(RoundMessages messages) {
        this.messages = messages;
    }

    /** JDA is built after the quiz and its announcer; edits before that are skipped with a warning. */
    void connect(JDA jda) {
        this.jda = jda;
    }

    @Override
    public PostResult post(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        GuildMessageChannel target = channel(channel);
        if (target == null) {
            return new PostResult.Failed("channel " + channel.value() + " is not visible to the bot (deleted, or"
                    + " no View Channel permission)");
        }
        try {
            if (recap.isPresent()) {
                target.sendMessage(DiscordRenderer.create(recap.get())).complete();
            }
            Message posted = target.sendMessage(DiscordRenderer.create(card)).complete();
            messages.attach(card.round(), posted.getId());
            return new PostResult.Posted(posted.getId());
        } catch (RuntimeException e) {
            // JDA reports a refused send (missing permission, deleted channel) as an unchecked exception.
            return new PostResult.Failed(e.getMessage());
        }
    }

    private GuildMessageChannel channel(ChannelId channel) {
        JDA client = jda;
        return client == null ? null : client.getChannelById(GuildMessageChannel.class, channel.value());
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
