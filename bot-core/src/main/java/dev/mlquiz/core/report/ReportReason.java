package dev.mlquiz.core.report;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a player thinks a question is bad; {@link #word()} is how commands and stored rows name it. */
public enum ReportReason {
    WRONG_ANSWER("wrong", Msg.REPORT_REASON_WRONG),
    UNCLEAR("unclear", Msg.REPORT_REASON_UNCLEAR),
    OUTDATED("outdated", Msg.REPORT_REASON_OUTDATED),
    OTHER("other", Msg.REPORT_REASON_OTHER);

    /** How much of a word that names no reason its refusal quotes: enough to recognise it. */
    static final int QUOTED = 40;

    private final String word;
    private final Msg label;

    ReportReason(String word, Msg label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    /** What people read: "wrong answer", "unclear". */
    public Text label() {
        return Text.of(label);
    }

    /** The reason a word names; "wrong-answer" and any case are accepted too. */
    public static Optional<ReportReason> fromWord(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.word.equals(wanted)
                        || r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                .findFirst();
    }

    /** What a player is told of a word that names no reason, from a command or a form. */
    public static Text refusal(String word) {
        return Text.of(Msg.REPORT_UNKNOWN_REASON, Phrases.cut(word, QUOTED));
    }
}
