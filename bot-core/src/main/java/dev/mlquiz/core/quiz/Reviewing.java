package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.review.Fsrs;
import dev.mlquiz.core.review.MemoryCard;
import dev.mlquiz.core.review.MemoryCardStore;
import dev.mlquiz.core.review.Rating;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Spaced review. Every answer rates its player's memory card for the question (wrong: Again, right: Good)
 * and FSRS schedules when to see it again; {@code /mlquiz review} asks the most overdue due card as a
 * private practice question, or a question not seen yet when none is due. A channel round's answers rate
 * their cards at its reveal, not before, so nothing about them shows while the round is open.
 */
final class Reviewing {
    /** How far ahead "due soon" looks when the review card says what is coming. */
    static final Duration SOON = Duration.ofDays(1);
    /** Due cards read at once: the first that is still in the bank is asked. */
    private static final int DUE_READ = 20;
    /**
     * Cards saved per write: a question of the day revealed to thousands is saved in steps, so answers in
     * other channels never wait behind all of it.
     */
    static final int SAVE_CHUNK = 500;

    private final MemoryCardStore memories;
    private final QuestionPool pool;
    private final RoundOpener opener;
    private final RoundCards cards;
    private final RoundStore rounds;
    private final Fsrs fsrs;
    private final StoredClock clock;

    Reviewing(
            MemoryCardStore memories,
            QuestionPool pool,
            RoundOpener opener,
            RoundCards cards,
            RoundStore rounds,
            StoredClock clock) {
        this.memories = Objects.requireNonNull(memories, "memories");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fsrs = Fsrs.withDefaults(opener.sharedRandom());
    }

    /** A practice answer rates its card at once: practice is private and its feedback immediate. */
    void practised(Answer answer) {
        memories.review(answer.questionId(), reviews(List.of(answer)), this::reviewed);
    }

    /**
     * A revealed round's answers ({@code revealed}, as its reveal read them) rate their players' cards, in
     * steps of {@link #SAVE_CHUNK}, each rated once: a reveal redone after a stop or a failure skips the
     * steps rated before.
     */
    void revealed(Round round, List<Answer> revealed) {
        List<MemoryCardStore.Review> reviews = reviews(revealed);
        for (int step = 0; step * SAVE_CHUNK < reviews.size(); step++) {
            int from = step * SAVE_CHUNK;
            memories.reviewRevealed(
                    round.id(),
                    step,
                    round.questionId(),
                    reviews.subList(from, Math.min(reviews.size(), from + SAVE_CHUNK)),
                    this::reviewed);
        }
    }

    private static List<MemoryCardStore.Review> reviews(List<Answer> rated) {
        return rated.stream()
                .map(answer -> new MemoryCardStore.Review(answer.player(), answer.correct(), answer.answeredAt()))
                .toList();
    }

    /**
     * FSRS on the card as it stands. A review that reaches a card after a later one (answered first, rated
     * last by another process) counts from that later one's time: a card's reviews never go back in time.
     */
    private MemoryCard reviewed(Optional<MemoryCard> before, MemoryCardStore.Review review) {
        Instant at = before.flatMap(MemoryCard::lastReview)
                .filter(last -> last.isAfter(review.at()))
                .orElse(review.at());
        MemoryCard card = before.orElseGet(() -> MemoryCard.fresh(review.at()));
        return fsrs.review(card, review.right() ? Rating.GOOD : Rating.AGAIN, at);
    }

    /** Cards due now, and more due within {@link #SOON}. */
    private record Due(int now, int soon) {
        /** From the counts due by now and by {@link #SOON}, the first two of {@code dueBy}. */
        static Due of(List<Integer> dueBy) {
            return new Due(dueBy.get(0), dueBy.get(1) - dueBy.get(0));
        }
    }

    /** {@code retired}: the team's retired questions, which review never asks, so they are never due. */
    private Due due(PlayerId player, Instant now, Set<String> retired) {
        return Due.of(memories.countDue(player, List.of(now, now.plus(SOON)), retired));
    }

    /**
     * Where the player's review stands in the team, for their stats, with the days of its forecast in
     * {@code zone}; empty when they opted out or have no card yet.
     */
    Optional<StatsView.ReviewStatus> status(PlayerId player, TeamId team, ZoneId zone) {
        if (memories.optedOut(player)) {
            return Optional.empty();
        }
        MemoryCardStore.Tally tally = memories.tally(player);
        if (tally.reviews() == 0) {
            return Optional.empty();
        }
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Instant> untils = new ArrayList<>(List.of(now, now.plus(SOON)));
        for (int i = 0; i < StatsView.FORECAST_DAYS; i++) {
            // Counts go up to their instant inclusive, and stores keep milliseconds: a day ends 1 ms before the next.
            untils.add(today.plusDays(i + 1).atStartOfDay(zone).toInstant().minusMillis(1));
        }
        List<Integer> dueBy = memories.countDue(player, untils, pool.retired(team));
        List<StatsView.DayCount> forecast = new ArrayList<>(StatsView.FORECAST_DAYS);
        for (int i = 0; i < StatsView.FORECAST_DAYS; i++) {
            int before = i == 0 ? 0 : dueBy.get(i + 1);
            forecast.add(new StatsView.DayCount(today.plusDays(i), dueBy.get(i + 2) - before));
        }
        Due counts = Due.of(dueBy);
        return Optional.of(new StatsView.ReviewStatus(counts.now(), counts.soon(), tally.retention(), forecast));
    }

    Reply review(Invocation who, Command.Review.Action action) {
        PlayerId player = who.player().id();
        return switch (action) {
            case ON -> {
                memories.setOptedOut(player, false);
                yield Reply.privately(Notice.info(Text.of(Msg.REVIEW_ON)));
            }
            case OFF -> {
                memories.setOptedOut(player, true);
                yield Reply.privately(Notice.info(Text.of(Msg.REVIEW_OFF)));
            }
            case NEXT -> next(who);
        };
    }

    private Reply next(Invocation who) {
        PlayerId player = who.player().id();
        if (memories.optedOut(player)) {
            return Reply.privately(Notice.info(Text.of(Msg.REVIEW_OPTED_OUT)));
        }
        Instant now = clock.now();
        TeamId team = who.channel().team();
        Predicate<String> askable = opener.privatelyAskable(team);
        Optional<Round> waiting = rounds.openPractice(player);
        if (waiting.isPresent() && !GivingWay.givesWay(rounds, waiting.get(), team)) {
            return Reply.privately(new NotedCard(Text.of(Msg.REVIEW_ANSWER_OPEN_FIRST), cards.card(waiting.get(), 0)));
        }
        // One that a channel round has asked since gives way; withdrawn, it never counts as answered.
        waiting.ifPresent(open -> rounds.withdraw(open.id(), now));
        Set<String> retired = pool.retired(team);
        Optional<String> due = memories.due(player, now, DUE_READ).stream()
                .map(MemoryCardStore.DueCard::questionId)
                .filter(id -> pool.contains(id) && askable.test(id) && !retired.contains(id))
                .findFirst();
        Set<String> drawFrom;
        Text note;
        if (due.isPresent()) {
            drawFrom = Set.of(due.get());
            Due counts = due(player, now, retired);
            note = Text.of(Msg.REVIEW_DUE, counts.now(), counts.soon());
        } else {
            Set<String> seen = memories.questions(player);
            drawFrom = pool.eligible(Filter.ANY, retired).stream()
                    .filter(id -> !seen.contains(id) && askable.test(id))
                    .collect(Collectors.toSet());
            if (drawFrom.isEmpty()) {
                return Reply.privately(Notice.info(Text.of(Msg.REVIEW_NOTHING_LEFT)));
            }
            note = Text.of(Msg.REVIEW_NEW, drawFrom.size());
        }
        Round opened = opener.openPrivate(RoundOpener.reviewDeck(player), drawFrom, who, now)
                .round();
        return Reply.privately(new NotedCard(note, cards.card(opened, 0)));
    }
}
