package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.telemetry.QuizEvents;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends rounds: by their timer, by an admin's {@code /mlquiz close}, or withdrawn when their post failed. */
final class Closing {
    private static final Logger log = LoggerFactory.getLogger(Closing.class);
    /** How long a reveal no platform accepts stays owed: past it, its channel is taken to be gone for good. */
    static final Duration SHOWING_GIVEN_UP_AFTER = Duration.ofDays(1);

    private final RoundStore rounds;
    private final RoundCards cards;
    private final AnswerStore answers;
    private final Announcer announcer;
    private final StoredClock clock;
    private final Reviewing reviewing;
    private final QuizEvents events;

    Closing(
            RoundStore rounds,
            RoundCards cards,
            AnswerStore answers,
            Announcer announcer,
            StoredClock clock,
            Reviewing reviewing,
            QuizEvents events) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.reviewing = Objects.requireNonNull(reviewing, "reviewing");
    }

    /** The admin's close; the reveal goes to the channel, the admin's own reply only confirms it. */
    Reply closeEarly(Invocation who) {
        Optional<Round> open = rounds.openAsk(who.channel());
        // Another process may close the round between the look and the close: then it is not open here either.
        if (open.isEmpty() || !close(open.get(), reveal -> {})) {
            return Reply.privately(Notice.error(Text.of(Msg.CLOSE_NO_ROUND_OPEN)));
        }
        return Reply.privately(Notice.info(Text.of(Msg.CLOSE_CLOSED_EARLY)));
    }

    /**
     * Closes and reveals the served teams' due rounds, then redoes the reveals still owed whose claim lapsed:
     * those of a process stopped or failing between a close and the end of its reveal.
     */
    List<RevealView> closeDue(Predicate<TeamId> served) {
        List<RevealView> reveals = new ArrayList<>();
        for (Round round : rounds.due(clock.now())) {
            if (served.test(round.channel().team())) {
                close(round, reveals::add);
            }
        }
        for (Round round : rounds.owedReveals(clock.now())) {
            if (served.test(round.channel().team()) && rounds.claimReveal(round.id(), clock.now())) {
                reveal(round, reveals::add);
            }
        }
        return reveals;
    }

    /** Closes a round that never reached its channel (its post failed): no reveal, and it scores nothing. */
    void withdraw(RoundId round) {
        rounds.find(round).ifPresent(this::withdraw);
    }

    void withdraw(Round round) {
        rounds.withdraw(round.id(), clock.now());
    }

    /** Closes and reveals the round unless another caller closed it first; true when this call closed it. */
    private boolean close(Round round, Consumer<RevealView> revealed) {
        if (!rounds.close(round.id(), clock.now())) {
            return false;
        }
        if (round.kind() != RoundKind.PRACTICE) {
            reveal(round, revealed);
        }
        return true;
    }

    /**
     * Shows the reveal of a closed round and rates its answers, then, once the platform accepted the reveal,
     * marks it done. A failure, or a reveal the platform never accepts, leaves it owed for a later sweep to
     * redo, and never stops the rounds after it. Never waits for the platform: the stage completes later.
     */
    private void reveal(Round round, Consumer<RevealView> revealed) {
        try {
            // Read once for both: a question of the day's answers may be thousands.
            List<Answer> given = answers.forRound(round.id());
            CompletionStage<Void> shown = cards.reveal(round, given)
                    .map(reveal -> {
                        CompletionStage<Void> showing = announcer.roundClosed(reveal);
                        events.roundRevealed(round.kind());
                        revealed.accept(reveal);
                        return showing;
                    })
                    .orElseGet(() -> CompletableFuture.completedFuture(null));
            reviewing.revealed(round, given);
            shown.whenComplete((done, failure) -> settle(round, failure));
        } catch (RuntimeException e) {
            log.error(
                    "revealing round {} failed; it is redone once its claim of {} lapses",
                    round.id(),
                    RoundStore.REVEAL_LEASE,
                    e);
        }
    }

    /**
     * Marks a shown reveal done; one the platform did not show stays owed, unless it has failed for
     * {@link #SHOWING_GIVEN_UP_AFTER} (a deleted channel, a bot removed from it). Runs wherever the showing ended.
     */
    private void settle(Round round, Throwable failure) {
        if (failure != null) {
            Instant giveUpAt = round.closedAt().orElse(round.closesAt()).plus(SHOWING_GIVEN_UP_AFTER);
            boolean givenUp = !clock.now().isBefore(giveUpAt);
            log.warn(
                    "the reveal of round {} was not shown ({}); {}",
                    round.id(),
                    reason(failure),
                    givenUp
                            ? "given up, " + SHOWING_GIVEN_UP_AFTER + " after its close"
                            : "it is redone once its claim of " + RoundStore.REVEAL_LEASE + " lapses");
            if (!givenUp) {
                return;
            }
        }
        try {
            rounds.revealed(round.id());
        } catch (RuntimeException e) {
            log.error("marking the reveal of round {} done failed; it is redone once its claim lapses", round.id(), e);
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
