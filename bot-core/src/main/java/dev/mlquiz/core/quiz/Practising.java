package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@code /mlquiz practice}: a private question, one open at a time per player. */
final class Practising {
    /** A practice question waits this long for its answer before it is quietly dropped. */
    static final Duration PRACTICE_LENGTH = Duration.ofHours(24);

    private final QuestionPool pool;
    private final RoundOpener opener;
    private final RoundCards cards;
    private final RoundStore rounds;
    private final StoredClock clock;

    Practising(QuestionPool pool, RoundOpener opener, RoundCards cards, RoundStore rounds, StoredClock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Reply practice(Invocation who, Filter filter) {
        PlayerId player = who.player().id();
        Instant now = clock.now();
        Predicate<String> askable = opener.privatelyAskable(who.channel().team());
        Optional<Round> waiting = rounds.openPractice(player);
        if (waiting.isPresent()
                && GivingWay.givesWay(rounds, waiting.get(), who.channel().team())) {
            // A channel round has asked it since: it gives way; withdrawn, it never counts as answered.
            rounds.withdraw(waiting.get().id(), now);
            waiting = Optional.empty();
        }
        if (waiting.isPresent() && pool.fits(waiting.get(), filter)) {
            return Reply.privately(new NotedCard(Text.of(Msg.PRACTICE_STILL_OPEN), cards.card(waiting.get(), 0)));
        }
        Set<String> eligible = pool.eligible(filter, who.channel().team()).stream()
                .filter(askable)
                .collect(Collectors.toCollection(HashSet::new));
        if (eligible.isEmpty()) {
            return Reply.privately(pool.noQuestions(filter));
        }
        // A request the open question does not fit replaces it; withdrawn, it never counts as answered.
        // Only a question still open here is replaced: one answered or expired a moment ago stands as it is.
        Optional<Round> replaced = waiting.filter(open -> rounds.withdraw(open.id(), now));
        RoundOpener.Opened opened = opener.openPrivate(RoundOpener.practiceDeck(player), eligible, who, now);
        QuestionCard card = cards.card(opened.round(), 0);
        return Reply.privately(
                replaced.isPresent()
                        ? new NotedCard(
                                Text.of(Msg.PRACTICE_REPLACED, pool.topicOf(replaced.get()), filter.description()),
                                card)
                        : card);
    }
}
