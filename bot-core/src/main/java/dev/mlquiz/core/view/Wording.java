package dev.mlquiz.core.view;

import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small pieces of wording every front end shows the same way. The words come from a {@link Catalog};
 * what is here is how they are put together.
 */
public final class Wording {
    private Wording() {}

    /** The first words of practice feedback: "Correct!" or "Not quite: you chose A." */
    public static Text verdict(PracticeFeedback feedback) {
        return feedback.correct()
                ? Text.of(Msg.PRACTICE_CORRECT)
                : Text.of(Msg.PRACTICE_NOT_QUITE, feedback.chosen().name());
    }

    /** A time zone as people read it: "UTC" for UTC however it was written ("Z", "Etc/UTC", "+00:00"), else its id. */
    public static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** Names joined as in a sentence: "alice", "alice and bob", "alice, bob and carol". */
    public static String names(Catalog catalog, List<String> names) {
        return names(catalog, names, Integer.MAX_VALUE, Integer.MAX_VALUE, UnaryOperator.identity());
    }

    /**
     * Names joined as in a sentence, each cut to {@code nameMax} and escaped for the platform, as many as
     * fit in {@code max} characters, the rest counted: "alice, bob and 998 more".
     */
    public static String names(
            Catalog catalog, List<String> names, int max, int nameMax, UnaryOperator<String> escape) {
        String text = "";
        for (int i = 0; i < names.size(); i++) {
            String name = escape.apply(Phrases.cut(names.get(i), nameMax));
            boolean last = i == names.size() - 1;
            String joined = i == 0 ? name : catalog.resolve(last ? Msg.NAMES_AND : Msg.NAMES_COMMA, text, name);
            // Room is kept for " and N more" unless this is the last name.
            int more = last
                    ? 0
                    : catalog.resolve(Msg.NAMES_MORE, "", names.size() - i - 1).length();
            if (i > 0 && (long) joined.length() + more > max) {
                return catalog.resolve(Msg.NAMES_MORE, text, names.size() - i);
            }
            text = joined;
        }
        return text;
    }
}
