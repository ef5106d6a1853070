package dev.mlquiz.app;

import dev.mlquiz.core.concurrent.DaemonThreads;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.picture.Pictures;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code MLQUIZ_PICTURES}: leaderboards, stats and weekly recaps come with a picture card ({@code on}, the
 * default) or as text alone ({@code off}). One renderer serves every front end of the process, so they
 * share its cache.
 */
final class PictureSetting {
    private static final LeaderboardView WARM_UP =
            new LeaderboardView(Text.of(Msg.LEADERBOARD_SCOPE_TEAM), Window.WEEK, List.of(), Optional.empty(), 0);

    private PictureSetting() {}

    /**
     * The process's picture renderer, or empty for text alone.
     *
     * @throws IllegalArgumentException with the one line to show, for a value other than on or off
     */
    static Optional<Pictures> pictures(Map<String, String> env) {
        Optional<String> value = AppConfig.value(env, "MLQUIZ_PICTURES");
        String switched = value.orElse("on").toLowerCase(Locale.ROOT);
        if (switched.equals("off")) {
            return Optional.empty();
        }
        if (!switched.equals("on")) {
            throw new IllegalArgumentException("MLQUIZ_PICTURES must be on or off, not '" + value.get() + "'");
        }
        return Optional.of(warmingUp(new Pictures(Catalog.english())));
    }

    /**
     * The first card drawn loads fonts and the PNG writer, which takes a noticeable part of a second: done
     * now, in the background, rather than in the first command's reply, which Discord allows 3 s. At the
     * lowest priority, where the system honours it, so start-up comes first on a one-core machine.
     */
    private static Pictures warmingUp(Pictures pictures) {
        Thread warmUp = DaemonThreads.named("mlquiz-pictures-warm-up").newThread(() -> pictures.of(WARM_UP));
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return pictures;
    }
}
