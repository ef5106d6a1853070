package dev.mlquiz.slack;

import static dev.mlquiz.core.text.Phrases.cut;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import dev.mlquiz.core.view.PictureCards;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The picture cards of leaderboards, stats and the weekly recap, uploaded once their text has gone out: a
 * refused upload (the bot not in the channel, files:write missing) costs the picture and one WARN line,
 * never the text.
 *
 * <p>In a channel the card is a top-level file just below the text, not a reply in its thread: a command's
 * in-channel reply goes through its response_url, which does not say the message's timestamp to thread
 * under, and a card folded into a thread is one nobody sees. It carries no initial comment, which would
 * only repeat the text above it; the text is its alt text instead, for screen readers.
 */
final class SlackPictures {
    private static final Logger log = LoggerFactory.getLogger(SlackPictures.class);
    /** Slack's limit for a file's alt text. */
    static final int ALT_TEXT_MAX = 1000;

    private final Optional<Pictures> pictures;

    SlackPictures(Optional<Pictures> pictures) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    /** The upload of the view's card to {@code channel}; empty for a view without one, or with pictures off. */
    Optional<FilesUploadV2Request> upload(View view, String channel) {
        return picture(view).map(png -> file(view, png, channel));
    }

    /** Whether the view comes with a card to upload, told without drawing it. */
    boolean has(View view) {
        return pictures.isPresent() && PictureCards.has(view);
    }

    /** After the view's text went to the channel, its card below it. */
    void toChannel(MethodsClient client, String channel, View view) {
        upload(view, channel).ifPresent(file -> SlackUploads.send(client, file)
                .ifPresent(why -> refused(file.getFilename(), "channel " + channel, why)));
    }

    /** After a private reply, which cannot carry a file: the card in the player's direct message. */
    void toPlayer(MethodsClient client, String userId, View view) {
        picture(view).ifPresent(png -> SlackUploads.sendPrivately(client, userId, im -> file(view, png, im))
                .ifPresent(why -> refused(png.fileName(), "the direct message of " + userId, why.error())));
    }

    private static FilesUploadV2Request file(View view, Png png, String channel) {
        FilesUploadV2Request file = SlackUploads.file(channel, png.fileName(), png.bytes());
        file.setAltTxt(cut(SlackRenderer.render(view).text(), ALT_TEXT_MAX));
        return file;
    }

    private static void refused(String fileName, String where, String why) {
        log.warn("the picture {} was not uploaded to {}: {}", fileName, where, why);
    }

    /** The card drawn for the view, when it has one and pictures are on. */
    private Optional<Png> picture(View view) {
        return pictures.flatMap(drawing -> drawing.of(view));
    }
}
