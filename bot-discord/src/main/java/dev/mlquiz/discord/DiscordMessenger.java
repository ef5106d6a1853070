package dev.mlquiz.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.RoundMessageUpdater;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendering out for posted rounds: posts questions of the day and edits a round's message (live count,
 * reveal) through the channel, which JDA knows from the guild cache. Nothing here throws: a refused post
 * is a {@link PostResult.Failed}, and a reveal that cannot replace its question is posted as a new
 * message, or kept for the admin who closed the round, and logged.
 */
public final class DiscordMessenger implements RoundMessageUpdater.Messenger {
    private static final Logger log = LoggerFactory.getLogger(DiscordMessenger.class);
    private static final String CHANNEL_GONE = "the channel is deleted or hidden from the bot";

    /** A reveal its channel could not show, and why, in words for the admin who closed the round. */
    record UnshownReveal(RevealView reveal, String why) {}

    private final RoundMessages messages;
    /** The admin's close reply reads it at once; the expiry only drops reveals closed by the timer. */
    private final Cache<RoundId, UnshownReveal> unshown = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(1_000)
            .build();

    private volatile JDA jda;

    public DiscordMessenger(RoundMessages messages) {
        this.messages = messages;
    }

    /** JDA is built after the quiz and its announcer; posts and edits before that fail with a warning. */
    void connect(JDA jda) {
        this.jda = jda;
    }

    @Override
    public PostResult post(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        try {
            return send(channel, recap, card);
        } catch (RuntimeException e) {
            // JDA reports a refused send (a missing permission, a deleted channel) as an unchecked exception.
            return new PostResult.Failed(Failures.oneLine(e));
        }
    }

    private PostResult send(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        GuildMessageChannel target = channel(channel);
        if (target == null) {
            return new PostResult.Failed(CHANNEL_GONE);
        }
        Optional<String> cannotPost = ChannelAccess.cannotPost(target);
        if (cannotPost.isPresent()) {
            return new PostResult.Failed(cannotPost.get());
        }
        if (recap.isPresent()) {
            RestCalls.complete(target.sendMessage(DiscordRenderer.create(recap.get())));
        }
        Message posted = RestCalls.complete(target.sendMessage(DiscordRenderer.create(card)));
        try {
            messages.attach(card.round(), posted.getId());
        } catch (RuntimeException e) {
            // The question is in the channel and takes answers; its reveal will come as a new message.
            log.warn(
                    "the question of round {} is posted but its message could not be remembered: {}",
                    card.round().value(),
                    Failures.oneLine(e));
        }
        return new PostResult.Posted(posted.getId());
    }

    private GuildMessageChannel channel(ChannelId channel) {
        JDA client = jda;
        return client == null ? null : client.getChannelById(GuildMessageChannel.class, channel.value());
    }

    @Override
    public void edit(ChannelId channel, RoundId round, View view) {
        try {
            show(channel, round, view);
        } catch (RuntimeException e) {
            // Called by the core's timers and closes: a platform failure must not travel up into the quiz.
            log.warn("{} of round {} could not be shown: {}", what(view), round.value(), Failures.oneLine(e));
        }
    }

    private void show(ChannelId channel, RoundId round, View view) {
        GuildMessageChannel target = channel(channel);
        Optional<String> missing = target == null
                ? Optional.of(CHANNEL_GONE)
                : ChannelAccess.missing(target).map(DiscordRenderer.TEXT::resolve);
        if (missing.isPresent()) {
            if (view instanceof RevealView) {
                unshown.put(
                        round,
                        new UnshownReveal(
                                (RevealView) view,
                                ChannelAccess.revealNotShown(target).orElseThrow()));
            }
            log.warn(
                    "{} of round {} cannot be shown in channel {}: {}",
                    what(view),
                    round.value(),
                    channel.value(),
                    missing.get());
            return;
        }
        Optional<String> messageId = messages.messageRef(round);
        if (messageId.isEmpty()) {
            if (view instanceof RevealView) {
                postReveal(target, round, (RevealView) view, "its question's message is unknown");
            } else {
                log.warn("the live count of round {} has no message to edit", round.value());
            }
            return;
        }
        target.editMessageById(messageId.get(), DiscordRenderer.edit(view)).queue(done -> {}, failure -> {
            if (view instanceof RevealView) {
                postReveal(target, round, (RevealView) view, Failures.oneLine(failure));
            } else {
                log.warn(
                        "the live count of round {} could not be edited: {}", round.value(), Failures.oneLine(failure));
            }
        });
    }

    /** Where the question's message is gone or cannot be edited, the reveal still reaches the channel. */
    private static void postReveal(GuildMessageChannel target, RoundId round, RevealView reveal, String why) {
        log.warn("the reveal of round {} could not replace its question ({}); posting it anew", round.value(), why);
        try {
            target.sendMessage(DiscordRenderer.create(reveal)).queue(done -> {}, failure -> lost(round, failure));
        } catch (RuntimeException e) {
            lost(round, e);
        }
    }

    private static void lost(RoundId round, Throwable failure) {
        log.warn("the reveal of round {} could not be posted either: {}", round.value(), Failures.oneLine(failure));
    }

    /** The reveal of a round that its channel could not show, once, for the admin who closed it. */
    Optional<UnshownReveal> takeUnshownReveal(RoundId round) {
        return Optional.ofNullable(unshown.asMap().remove(round));
    }

    private static String what(View view) {
        return view instanceof RevealView ? "the reveal" : "the live count";
    }
}
