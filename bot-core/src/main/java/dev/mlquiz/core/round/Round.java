package dev.mlquiz.core.round;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One question put to a channel (or to one player, for practice), open until {@code closesAt}; its card
 * shows {@code note}, if any, for as long as it is open (a filter with only a few questions, say).
 */
public record Round(
        RoundId id,
        RoundKind kind,
        ChannelId channel,
        Optional<PlayerId> owner,
        String questionId,
        OptionOrder order,
        Instant openedAt,
        Instant closesAt,
        Optional<Instant> closedAt,
        Optional<String> note) {

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(note, "note");
        if (closesAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("round " + id + " closes before it opens");
        }
        if ((kind == RoundKind.PRACTICE) != owner.isPresent()) {
            throw new IllegalArgumentException("practice rounds, and only they, have an owner");
        }
    }

    /** Answers are taken until the close time, even if the closing sweep has not run yet. */
    public boolean acceptsAnswersAt(Instant now) {
        return closedAt.isEmpty() && now.isBefore(closesAt);
    }
}
