package dev.mlquiz.core.answer;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import java.time.Instant;
import java.util.Objects;

/**
 * One player's answer to one round: an append-only fact, unique per (round, player), from which
 * every total is computed. The round's channel, kind and question facts are copied in so scores
 * never depend on a pack that has since been removed.
 */
public record Answer(
        RoundId round,
        PlayerId player,
        ChannelId channel,
        RoundKind kind,
        String questionId,
        String topicId,
        Difficulty difficulty,
        Letter choice,
        boolean correct,
        int points,
        Instant answeredAt) {

    public Answer {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(player, "player");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (points < 0 || (!correct && points != 0) || (!kind.ranked() && points != 0)) {
            throw new IllegalArgumentException("answer to " + round + " has impossible points " + points);
        }
    }
}
