package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.RoundId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id an answer button carries on every platform (a Discord custom id, a Slack action id): which
 * round and which letter. It encodes and decodes itself; anything that does not decode (a forged or
 * foreign id) is simply not an answer button.
 */
public record AnswerButtonId(RoundId round, Letter letter) {
    private static final String PREFIX = "mlquiz.answer.v1.";
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-z]{4,24})\\.([A-D])");

    /** The tightest platform limit: Discord's 100 characters for a custom id (Slack allows 255). */
    public static final int MAX_LENGTH = 100;

    public AnswerButtonId {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(letter, "letter");
    }

    public String encode() {
        return PREFIX + round.value() + "." + letter.name();
    }

    public static Optional<AnswerButtonId> decode(String customId) {
        Matcher match = FORMAT.matcher(customId == null ? "" : customId);
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AnswerButtonId(new RoundId(match.group(1)), Letter.valueOf(match.group(2))));
    }
}
