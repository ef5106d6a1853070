package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How a round looks: its question card while open, its reveal once closed. */
public final class RoundCards {
    /** Who counts as a channel's regular player, for question-of-the-day participation. */
    static final Duration REGULARS_PERIOD = Duration.ofDays(28);

    private final QuestionBank bank;
    /** The rounds as recorded, uncached: whether a round is still open is read here, since any process may close it. */
    private final RoundStore recordedRounds;

    private final AnswerStore answers;
    private final Standings standings;
    private final Names names;
    private final StoredClock clock;

    RoundCards(
            QuestionBank bank,
            RoundStore recordedRounds,
            AnswerStore answers,
            Standings standings,
            Names names,
            StoredClock clock) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.recordedRounds = Objects.requireNonNull(recordedRounds, "recordedRounds");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Cards and reveals read straight from the stores, for whoever shows rounds outside the quiz (the
     * {@code RoundMessageUpdater}), built before the quiz it serves.
     */
    public static RoundCards reading(QuestionBank bank, QuizStores stores, Clock clock) {
        return new RoundCards(
                bank,
                stores.rounds(),
                stores.answers(),
                stores.standings(),
                new Names(stores.directory()),
                new StoredClock(clock));
    }

    /** The round's question as it should look now, with the live answer count; empty if unknown or closed. */
    public Optional<QuestionCard> card(RoundId id) {
        return recordedRounds.find(id).filter(r -> r.closedAt().isEmpty()).map(r -> card(r, answers.countForRound(id)));
    }

    /** The reveal of a round closed by any process; empty while it is open. */
    public Optional<RevealView> revealOf(RoundId id) {
        return recordedRounds
                .find(id)
                .filter(r -> r.closedAt().isPresent() && r.kind() != RoundKind.PRACTICE)
                .flatMap(this::reveal);
    }

    /** The card with the round's live answer count. */
    QuestionCard live(Round round) {
        return card(round, answers.countForRound(round.id()));
    }

    QuestionCard card(Round round, int answerCount) {
        Question q = bank.question(round.questionId())
                .orElseThrow(() -> new IllegalStateException(
                        "round " + round.id() + " asks unknown question " + round.questionId()));
        List<String> shown = round.order().arrange(q);
        List<OptionLine> options = IntStream.range(0, shown.size())
                .mapToObj(i -> new OptionLine(Letter.at(i), shown.get(i)))
                .collect(Collectors.toList());
        return new QuestionCard(
                round.id(),
                round.kind(),
                q.prompt(),
                options,
                bank.topics().displayed(q.topicId()),
                q.difficulty(),
                Scoring.pointsFor(round.kind(), q.difficulty(), true),
                round.closesAt(),
                answerCount,
                round.note());
    }

    /** The reveal of a closed round; empty when its question left the bank. */
    Optional<RevealView> reveal(Round round) {
        return reveal(round, answers.forRound(round.id()));
    }

    /** The reveal of a closed round with the answers it was given, read by the caller. */
    Optional<RevealView> reveal(Round round, List<Answer> given) {
        Optional<Question> question = bank.question(round.questionId());
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Question q = question.get();
        Letter correct = round.order().correctLetter();
        List<RevealView.OptionTally> tallies = new ArrayList<>();
        for (Letter letter : Letter.values()) {
            long count = given.stream().filter(a -> a.choice() == letter).count();
            tallies.add(new RevealView.OptionTally(
                    letter, round.order().textOf(q, letter), (int) count, letter == correct));
        }
        List<Answer> right = given.stream().filter(Answer::correct).collect(Collectors.toList());
        Map<PlayerId, String> known =
                names.of(right.stream().map(Answer::player).collect(Collectors.toList()));
        Map<Boolean, List<String>> byScoring = right.stream()
                .collect(Collectors.partitioningBy(
                        a -> a.points() > 0,
                        Collectors.mapping(
                                a -> known.getOrDefault(a.player(), a.player().value()), Collectors.toList())));
        return Optional.of(new RevealView(
                round.id(),
                round.kind(),
                round.channel(),
                q.prompt(),
                bank.topics().displayed(q.topicId()),
                q.difficulty(),
                tallies,
                correct,
                q.explanation(),
                q.tip(),
                byScoring.get(true),
                byScoring.get(false),
                right.stream()
                        .findFirst()
                        .map(a -> known.getOrDefault(a.player(), a.player().value())),
                Scoring.pointsFor(round.kind(), q.difficulty(), true),
                given.size(),
                round.kind() == RoundKind.DAILY
                        ? Optional.of(new RevealView.Participation(given.size(), regulars(round.channel())))
                        : Optional.empty(),
                q.id()));
    }

    /** Players with a ranked answer in the channel in the last four weeks. */
    private int regulars(ChannelId channel) {
        return standings.regulars(channel, clock.now().minus(REGULARS_PERIOD));
    }
}
