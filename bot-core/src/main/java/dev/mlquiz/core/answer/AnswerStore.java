package dev.mlquiz.core.answer;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import java.util.List;
import java.util.Optional;

/** The append-only answer record. */
public interface AnswerStore {

    /** Records the answer unless the player already answered the round; true when this one was recorded. */
    boolean record(Answer answer);

    Optional<Answer> find(RoundId round, PlayerId player);

    /** Every answer to the round, in the order they were given. */
    List<Answer> forRound(RoundId round);

    int countForRound(RoundId round);

    /** Every answer the player ever gave, oldest first. */
    List<Answer> history(PlayerId player);
}
