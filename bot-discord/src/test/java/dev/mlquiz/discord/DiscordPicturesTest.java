package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.Images;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.TeamsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordPicturesTest {
    final Pictures pictures = new Pictures(Catalog.english());
    final DiscordPictures withPictures = new DiscordPictures(Optional.of(pictures));

    @Test
    void a_leaderboard_carries_its_png_shown_in_the_embed_above_the_same_text() {
        LeaderboardView board = SampleBoards.leaderboard();

        MessageCreateData message = withPictures.create(board);

        Png expected = pictures.leaderboard(board);
        assertThat(message.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("leaderboard.png");
            assertThat(Images.size(bytes(file))).isEqualTo(new Dimension(expected.width(), expected.height()));
        });
        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getImage()).isNotNull();
        assertThat(embed.getImage().getUrl()).isEqualTo("attachment://leaderboard.png");
        MessageEmbed textOnly = DiscordRenderer.create(board).getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo(textOnly.getTitle());
        assertThat(embed.getDescription()).isEqualTo(textOnly.getDescription()).contains("alice");
    }

    @Test
    void stats_and_the_weekly_recap_carry_theirs() {
        MessageCreateData stats = withPictures.create(SampleStats.withWeakSpot());
        MessageCreateData recap = withPictures.create(SampleBoards.recap());

        Png expected = pictures.recap(SampleBoards.recap());
        assertThat(stats.getFiles()).singleElement().satisfies(file -> assertThat(file.getName())
                .isEqualTo("stats.png"));
        assertThat(stats.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://stats.png");
        assertThat(recap.getFiles()).singleElement().satisfies(file -> assertThat(Images.size(bytes(file)))
                .isEqualTo(new Dimension(expected.width(), expected.height())));
        assertThat(recap.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://recap.png");
    }

    @Test
    void the_channels_ranked_carry_theirs() {
        TeamsView teams = new TeamsView(Window.WEEK, List.of(new TeamsView.Line(1, "general", 3.5, 7, 2)));

        MessageCreateData message = withPictures.create(teams);

        assertThat(message.getFiles()).singleElement().satisfies(file -> assertThat(file.getName())
                .isEqualTo("channels.png"));
        assertThat(message.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://channels.png");
    }

    @Test
    void other_views_and_pictures_turned_off_are_the_text_alone() {
        View notice = Notice.info(Text.literal("hello"));
        DiscordPictures off = new DiscordPictures(Optional.empty());

        assertThat(withPictures.create(notice).getFiles()).isEmpty();
        MessageCreateData board = off.create(SampleBoards.leaderboard());
        assertThat(board.getFiles()).isEmpty();
        assertThat(board.getEmbeds().get(0).getImage()).isNull();
    }

    private static byte[] bytes(FileUpload file) {
        try (InputStream data = file.getData()) {
            return data.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
