package dev.mlquiz.core.score;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of leaderboard period; {@link Period} names one. Weeks start on Monday and months on the 1st. */
public enum Window {
    WEEK("week", Msg.WINDOW_WEEK, Msg.WINDOW_WEEK_IN_SENTENCE),
    MONTH("month", Msg.WINDOW_MONTH, Msg.WINDOW_MONTH_IN_SENTENCE),
    ALL("all", Msg.WINDOW_ALL, Msg.WINDOW_ALL_IN_SENTENCE);

    private final String id;
    private final Msg title;
    private final Msg inSentence;

    Window(String id, Msg title, Msg inSentence) {
        this.id = id;
        this.title = title;
        this.inSentence = inSentence;
    }

    public String id() {
        return id;
    }

    /** "This week", as a title. */
    public Text title() {
        return Text.of(title);
    }

    /** "this week", inside a sentence. */
    public Text inSentence() {
        return Text.of(inSentence);
    }

    public static Optional<Window> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("all-time") || wanted.equals("alltime")) {
            return Optional.of(ALL);
        }
        return Arrays.stream(values()).filter(w -> w.id.equals(wanted)).findFirst();
    }
}
