package dev.mlquiz.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord side of {@link Publisher}: posts to a channel and edits a posted message, through the channel
 * JDA knows from the guild cache. Nothing here throws: a refused post is a {@link PostResult.Failed}; a
 * reveal whose message cannot be edited is posted as a new message, and one its channel cannot show at all
 * is kept for the admin who closed the round; each is logged.
 */
public final class DiscordPublisher implements Publisher {
    private static final Logger log = LoggerFactory.getLogger(DiscordPublisher.class);
    private static final String CHANNEL_GONE = "the channel is deleted or hidden from the bot";

    /** A reveal its channel could not show, and why, in words for the admin who closed the round. */
    record UnshownReveal(RevealView reveal, String why) {}

    /** The admin's close reply reads it at once; the expiry only drops reveals closed by the timer. */
    private final Cache<RoundId, UnshownReveal> unshown = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(1_000)
            .build();

    private final DiscordPictures pictures;
    private volatile IGuildChannelContainer<Channel> channels;

    /** Text only: no picture cards. */
    public DiscordPublisher() {
        this(Optional.empty());
    }

    /** With {@code pictures}, the weekly recap carries its picture card (empty: text only). */
    public DiscordPublisher(Optional<Pictures> pictures) {
        this.pictures = new DiscordPictures(pictures);
    }

    /** How replies and posts show their picture cards, the same for commands as for posts. */
    DiscordPictures pictures() {
        return pictures;
    }

    /**
     * JDA is built after the quiz and its announcer; posts and edits before that fail with a warning. The
     * shard manager finds a channel on whichever of this process's shards holds its server.
     */
    void connect(IGuildChannelContainer<Channel> channels) {
        this.channels = channels;
    }

    @Override
    public PostResult post(ChannelId channel, List<View> views) {
        try {
            return send(channel, views);
        } catch (RuntimeException e) {
            // JDA reports a refused send (a missing permission, a deleted channel) as an unchecked exception.
            return new PostResult.Failed(Failures.oneLine(e));
        }
    }

    private PostResult send(ChannelId channel, List<View> views) {
        GuildMessageChannel target = channel(channel);
        Optional<String> cannotPost = target == null ? Optional.of(CHANNEL_GONE) : ChannelAccess.cannotPost(target);
        if (cannotPost.isPresent()) {
            views.forEach(view -> keepIfReveal(target, view, cannotPost.get()));
            return new PostResult.Failed(cannotPost.get());
        }
        Message posted = null;
        for (View view : views) {
            posted = sent(target, view);
        }
        return posted == null ? new PostResult.Failed("nothing to post") : new PostResult.Posted(posted.getId());
    }

    /**
     * Sends the view; a message with a card that Discord refuses (a file too large, an upload cut off) goes
     * again as its text alone, so a recap's card never costs the recap and the question of the day after it.
     */
    private Message sent(GuildMessageChannel target, View view) {
        MessageCreateData text = DiscordRenderer.create(view);
        Optional<Png> card = pictures.picture(view);
        if (card.isPresent() && !ChannelAccess.mayAttachFiles(target)) {
            log.warn("a picture card was left out in channel {}: the bot's role lacks Attach Files", target.getId());
        } else if (card.isPresent()) {
            try {
                return RestCalls.complete(target.sendMessage(DiscordPictures.withPicture(text, card.get())));
            } catch (RuntimeException e) {
                log.warn(
                        "a picture card was refused in channel {} ({}); its text goes alone",
                        target.getId(),
                        Failures.oneLine(e));
            }
        }
        return RestCalls.complete(target.sendMessage(text));
    }

    private GuildMessageChannel channel(ChannelId channel) {
        IGuildChannelContainer<Channel> known = channels;
        return known == null ? null : known.getChannelById(GuildMessageChannel.class, channel.value());
    }

    /**
     * The stage completes from JDA's callbacks: once the edit went through, or a reveal that could not replace
     * its question was posted anew; exceptionally when neither reached the channel.
     */
    @Override
    public CompletionStage<Void> edit(ChannelId channel, String messageId, View view) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        try {
            show(channel, messageId, view, shown);
        } catch (RuntimeException e) {
            // Called by the core's timers and closes: a platform failure must not travel up into the quiz.
            log.warn("{} could not be shown: {}", what(view), Failures.oneLine(e));
            shown.completeExceptionally(e);
        }
        return shown;
    }

    private void show(ChannelId channel, String messageId, View view, CompletableFuture<Void> shown) {
        GuildMessageChannel target = channel(channel);
        Optional<String> missing = target == null
                ? Optional.of(CHANNEL_GONE)
                : ChannelAccess.missing(target).map(DiscordRenderer.TEXT::resolve);
        if (missing.isPresent()) {
            keepIfReveal(target, view, missing.get());
            log.warn("{} cannot be shown in channel {}: {}", what(view), channel.value(), missing.get());
            shown.completeExceptionally(new IllegalStateException(missing.get()));
            return;
        }
        target.editMessageById(messageId, DiscordRenderer.edit(view)).queue(done -> shown.complete(null), failure -> {
            if (view instanceof RevealView) {
                postReveal(target, (RevealView) view, Failures.oneLine(failure), shown);
            } else {
                log.warn("{} could not be edited: {}", what(view), Failures.oneLine(failure));
                shown.completeExceptionally(failure);
            }
        });
    }

    /** A reveal the channel cannot show waits, briefly, for the admin who closed the round. */
    private void keepIfReveal(GuildMessageChannel target, View view, String problem) {
        if (view instanceof RevealView) {
            RevealView reveal = (RevealView) view;
            unshown.put(
                    reveal.round(),
                    new UnshownReveal(
                            reveal, ChannelAccess.revealNotShown(target).orElse(problem)));
        }
    }

    /** Where the question's message is gone or cannot be edited, the reveal still reaches the channel. */
    private static void postReveal(
            GuildMessageChannel target, RevealView reveal, String why, CompletableFuture<Void> shown) {
        RoundId round = reveal.round();
        log.warn("the reveal of round {} could not replace its question ({}); posting it anew", round.value(), why);
        try {
            target.sendMessage(DiscordRenderer.create(reveal))
                    .queue(done -> shown.complete(null), failure -> lost(round, failure, shown));
        } catch (RuntimeException e) {
            lost(round, e, shown);
        }
    }

    private static void lost(RoundId round, Throwable failure, CompletableFuture<Void> shown) {
        log.warn("the reveal of round {} could not be posted either: {}", round.value(), Failures.oneLine(failure));
        shown.completeExceptionally(failure);
    }

    /** The reveal of a round that its channel could not show, once, for the admin who closed it. */
    Optional<UnshownReveal> takeUnshownReveal(RoundId round) {
        return Optional.ofNullable(unshown.asMap().remove(round));
    }

    /** "the reveal of round R" or "the live count of round R", for logs. */
    private static String what(View view) {
        if (view instanceof RevealView) {
            return "the reveal of round " + ((RevealView) view).round().value();
        }
        return view instanceof QuestionCard
                ? "the live count of round " + ((QuestionCard) view).round().value()
                : "a message";
    }
}
