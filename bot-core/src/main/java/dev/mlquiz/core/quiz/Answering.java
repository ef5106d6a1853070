package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.PracticeFeedback;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on an answer button: recorded once per player and round, while the round is open. A private
 * question whose question a channel round has open since closes unanswered instead: its feedback would
 * tell the channel the answer before the reveal.
 */
final class Answering {
    private static final Logger log = LoggerFactory.getLogger(Answering.class);
    private final QuestionBank bank;
    private final RoundStore rounds;
    private final AnswerStore answers;
    private final Names names;
    private final Announcer announcer;
    private final StoredClock clock;
    private final QuizEvents events;
    private final Reviewing reviewing;

    Answering(
            QuestionBank bank,
            RoundStore rounds,
            AnswerStore answers,
            Names names,
            Announcer announcer,
            StoredClock clock,
            Reviewing reviewing,
            QuizEvents events) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.names = Objects.requireNonNull(names, "names");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.reviewing = Objects.requireNonNull(reviewing, "reviewing");
    }

    AnswerOutcome answer(Player player, ChannelId from, RoundId roundId, Letter letter) {
        Optional<Round> found = rounds.find(roundId);
        if (found.isEmpty()
                || found.get().owner().map(owner -> !owner.equals(player.id())).orElse(false)) {
            return new AnswerOutcome.UnknownRound(roundId.value());
        }
        Round round = found.get();
        // A private practice question belongs to its owner wherever it shows; a channel round to its channel.
        if (round.owner().isEmpty() && !round.channel().equals(from)) {
            return new AnswerOutcome.WrongChannel(roundId);
        }
        Optional<Question> question = bank.question(round.questionId());
        if (question.isEmpty()) {
            return new AnswerOutcome.UnknownRound(roundId.value());
        }
        Instant now = clock.now();
        if (!round.acceptsAnswersAt(now)) {
            return refused(round, player);
        }
        if (round.kind() == RoundKind.PRACTICE && GivingWay.givesWay(rounds, round, from.team())) {
            // Its feedback would tell the answer of a channel round asked since: the private question gives way.
            rounds.withdraw(roundId, now);
            return new AnswerOutcome.RoundClosed(roundId);
        }
        Question q = question.get();
        boolean correct = letter == round.order().correctLetter();
        Answer answer = new Answer(
                roundId,
                player.id(),
                round.channel(),
                round.kind(),
                q.id(),
                q.topicId(),
                q.difficulty(),
                letter,
                correct,
                // The store pays these once per question and team, so a cycled deck farms nothing.
                Scoring.pointsFor(round.kind(), q.difficulty(), correct),
                now);
        names.remember(player);
        if (!answers.record(answer)) {
            // Either an earlier click of this player won, or the round closed a moment ago.
            return refused(round, player);
        }
        events.answerRecorded(round.kind());
        Optional<PracticeFeedback> feedback = Optional.empty();
        if (round.kind() == RoundKind.PRACTICE) {
            rounds.close(roundId, now);
            rate(answer);
            feedback = Optional.of(new PracticeFeedback(
                    correct,
                    letter,
                    round.order().correctLetter(),
                    round.order().textOf(q, round.order().correctLetter()),
                    q.explanation(),
                    q.tip(),
                    q.id()));
        } else {
            announcer.answerRecorded(roundId, round.channel());
        }
        return new AnswerOutcome.Accepted(
                roundId, round.kind(), letter, round.order().textOf(q, letter), feedback);
    }

    /**
     * Rates the practised card. The answer is stored by now, so a failure here must not read as a lost answer:
     * it costs one review, logged.
     */
    private void rate(Answer answer) {
        try {
            reviewing.practised(answer);
        } catch (RuntimeException e) {
            log.error(
                    "rating the memory card of practice round {} failed; its review is not counted", answer.round(), e);
        }
    }

    /** The player's earlier choice, if they answered; otherwise the round closed. */
    private AnswerOutcome refused(Round round, Player player) {
        return answers.find(round.id(), player.id())
                .<AnswerOutcome>map(earlier -> new AnswerOutcome.AlreadyAnswered(round.id(), earlier.choice()))
                .orElseGet(() -> new AnswerOutcome.RoundClosed(round.id()));
    }
}
