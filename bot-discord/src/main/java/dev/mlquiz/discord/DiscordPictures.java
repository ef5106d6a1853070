package dev.mlquiz.discord;

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

/**
 * Leaderboards, stats and the weekly recap as Discord messages with their picture card: the PNG goes with
 * the message as a file and its embed shows it ({@code attachment://}), while the embed's text stays for
 * screen readers, notifications and search. Pure: no JDA connection needed.
 */
final class DiscordPictures {
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
        return pictures.flatMap(drawing -> drawing.of(view));
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
