package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.RoundId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a "Report a problem" button, and of the form it opens, on every platform: which round's
 * question is reported. Like {@link AnswerButtonId}, anything that does not decode is not one.
 */
public record ReportButtonId(RoundId round) {
    private static final String PREFIX = "mlquiz.report.v1.";
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-z]{4,24})");

    public ReportButtonId {
        Objects.requireNonNull(round, "round");
    }

    public String encode() {
        return PREFIX + round.value();
    }

    public static Optional<ReportButtonId> decode(String customId) {
        Matcher match = FORMAT.matcher(customId == null ? "" : customId);
        return match.matches() ? Optional.of(new ReportButtonId(new RoundId(match.group(1)))) : Optional.empty();
    }
}
