package dev.mlquiz.discord;

import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaderboards, stats and the weekly recap as Discord messages with their picture card: the PNG goes with
 * the message as a file and its embed shows it ({@code attachment://}), while the embed's text stays for
 * screen readers, notifications and search. Pure: no JDA connection needed.
 */
final class DiscordPictures {
    private static final Logger log = LoggerFactory.getLogger(DiscordPictures.class);

    private final Optional<Pictures> pictures;

    DiscordPictures(Optional<Pictures> pictures) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    /** The view as a new message, with its picture when it has one. */
    MessageCreateData create(View view) {
        MessageCreateData message = DiscordRenderer.create(view);
        return picture(view).map(png -> withPicture(message, png)).orElse(message);
    }

    /** The card drawn for the view: leaderboards, stats and recaps have one; other views none. */
    Optional<Png> picture(View view) {
        return pictures.flatMap(drawing -> drawn(drawing, view));
    }

    /** A card that cannot be drawn costs the card alone: the text goes out without it. */
    private static Optional<Png> drawn(Pictures pictures, View view) {
        try {
            if (view instanceof LeaderboardView board) {
                return Optional.of(pictures.leaderboard(board));
            }
            if (view instanceof StatsView stats) {
                return Optional.of(pictures.stats(stats));
            }
            if (view instanceof RecapView recap) {
                return Optional.of(pictures.recap(recap));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "the picture card of a {} could not be drawn: {}",
                    view.getClass().getSimpleName(),
                    Failures.oneLine(e));
        }
        return Optional.empty();
    }

    /** The message with the PNG as its file, shown as the image of its first embed. */
    static MessageCreateData withPicture(MessageCreateData message, Png png) {
        List<MessageEmbed> embeds = new ArrayList<>(message.getEmbeds());
        if (!embeds.isEmpty()) {
            embeds.set(
                    0,
                    new EmbedBuilder(embeds.get(0))
                            .setImage("attachment://" + png.fileName())
                            .build());
        }
        return new MessageCreateBuilder()
                .applyData(message)
                .setEmbeds(embeds)
                .addFiles(FileUpload.fromData(png.bytes(), png.fileName()))
                .build();
    }
}
