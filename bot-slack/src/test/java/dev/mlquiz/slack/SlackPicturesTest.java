package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.request.files.FilesUploadV2Request;
import dev.mlquiz.core.testing.Images;
import dev.mlquiz.core.testing.SampleBoards;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.awt.Dimension;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackPicturesTest {
    final Pictures pictures = new Pictures(Catalog.english());
    final SlackPictures withPictures = new SlackPictures(Optional.of(pictures));

    @Test
    void a_leaderboards_upload_is_its_png_for_the_channel_with_its_text_as_alt_text() {
        LeaderboardView board = SampleBoards.leaderboard();

        FilesUploadV2Request upload = withPictures.upload(board, "C1").orElseThrow();

        Png expected = pictures.leaderboard(board);
        assertThat(upload.getChannel()).isEqualTo("C1");
        assertThat(upload.getFilename()).isEqualTo("leaderboard.png");
        assertThat(Images.size(upload.getFileData())).isEqualTo(new Dimension(expected.width(), expected.height()));
        assertThat(upload.getAltTxt())
                .isEqualTo(SlackRenderer.render(board).text())
                .contains("alice", "bob");
        assertThat(upload.getInitialComment()).isNull();
        assertThat(upload.getThreadTs()).isNull();
    }

    @Test
    void stats_and_the_recap_have_one_each() {
        assertThat(withPictures.upload(SampleStats.withWeakSpot(), "D1"))
                .map(FilesUploadV2Request::getFilename)
                .contains("stats.png");
        assertThat(withPictures.upload(SampleBoards.recap(), "C1"))
                .map(FilesUploadV2Request::getFilename)
                .contains("recap.png");
    }

    @Test
    void other_views_and_pictures_turned_off_upload_nothing() {
        assertThat(withPictures.upload(Notice.info(Text.literal("hello")), "C1"))
                .isEmpty();
        assertThat(new SlackPictures(Optional.empty()).upload(SampleBoards.leaderboard(), "C1"))
                .isEmpty();
    }

    @Test
    void a_long_text_is_cut_to_slacks_limit_for_alt_text() {
        String longName = "x".repeat(40);
        LeaderboardView board = new LeaderboardView(
                Text.literal("Team"),
                SampleBoards.leaderboard().window(),
                Collections.nCopies(40, new LeaderboardView.Line(1, longName, 9, 3, 3, false, 0)),
                Optional.empty(),
                40);

        String alt = withPictures.upload(board, "C1").orElseThrow().getAltTxt();

        assertThat(alt).hasSize(SlackPictures.ALT_TEXT_MAX).endsWith("…");
    }
}
