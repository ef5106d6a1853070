package dev.mlquiz.core.answer;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.Objects;
import java.util.Optional;

/** What became of a click on an answer button. Game states, never exceptions. */
public sealed interface AnswerOutcome
        permits AnswerOutcome.Accepted,
                AnswerOutcome.AlreadyAnswered,
                AnswerOutcome.RoundClosed,
                AnswerOutcome.WrongChannel,
                AnswerOutcome.UnknownRound {

    /** A short sentence for the player, shown privately. */
    Text message();

    /**
     * The choice is locked in. A practice answer carries its feedback at once; a channel answer stays
     * hidden until the reveal.
     */
    record Accepted(
            RoundId round, RoundKind kind, Letter letter, String optionText, Optional<PracticeFeedback> feedback)
            implements AnswerOutcome {
        public Accepted {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(optionText, "optionText");
            Objects.requireNonNull(feedback, "feedback");
        }

        @Override
        public Text message() {
            return Text.of(Msg.ANSWER_LOCKED_IN, letter.name(), optionText);
        }
    }

    record AlreadyAnswered(RoundId round, Letter earlier) implements AnswerOutcome {
        @Override
        public Text message() {
            return Text.of(Msg.ANSWER_ALREADY_ANSWERED, earlier.name());
        }
    }

    record RoundClosed(RoundId round) implements AnswerOutcome {
        @Override
        public Text message() {
            return Text.of(Msg.ANSWER_ROUND_CLOSED);
        }
    }

    /** A button pressed outside the channel of its round (a copied or forwarded message, say). */
    record WrongChannel(RoundId round) implements AnswerOutcome {
        @Override
        public Text message() {
            return Text.of(Msg.ANSWER_WRONG_CHANNEL);
        }
    }

    record UnknownRound(String reference) implements AnswerOutcome {
        @Override
        public Text message() {
            return Text.of(Msg.ANSWER_UNKNOWN_ROUND);
        }
    }
}
