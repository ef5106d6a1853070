package dev.mlquiz.app;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.picture.Pictures;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code MLQUIZ_PICTURES}: leaderboards, stats and weekly recaps come with a picture card ({@code on}, the
 * default) or as text alone ({@code off}). One renderer serves every front end of the process, so they
 * share its cache.
 */
final class PictureSetting {
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
        // The fonts load with the first card drawn, off every reply's 3 s: Discord's card commands answer
        // with a placeholder first, Slack draws on its uploads pool.
        return Optional.of(new Pictures(Catalog.english()));
    }
}
