package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code /mlquiz ask}: opens a round in the channel, one at a time, minding the channel's cooldown. */
final class Asking {
    private final QuestionPool pool;
    private final RoundOpener opener;
    private final RoundCards cards;
    private final RoundStore rounds;
    private final Settings settings;
    private final StoredClock clock;

    Asking(
            QuestionPool pool,
            RoundOpener opener,
            RoundCards cards,
            RoundStore rounds,
            Settings settings,
            StoredClock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Reply ask(Invocation who, Filter filter) {
        if (who.cannotPost().isPresent()) {
            return Reply.privately(Notice.error(Text.literal(who.cannotPost().get())));
        }
        Optional<Round> open = rounds.openAsk(who.channel());
        if (open.isPresent()) {
            return alreadyOpen(open.get());
        }
        Instant now = clock.now();
        Optional<Instant> cooledDown = nextAskAllowed(who.channel()).filter(next -> next.isAfter(now));
        if (cooledDown.isPresent()) {
            return Reply.privately(Notice.error(Text.of(
                    Msg.ASK_COOLING_DOWN,
                    Phrases.duration(settings.askCooldown(who.channel())),
                    Phrases.duration(Duration.between(now, cooledDown.get())))));
        }
        Set<String> eligible = pool.eligible(filter, who.channel().team());
        if (eligible.isEmpty()) {
            return Reply.privately(pool.noQuestions(filter));
        }
        RoundOpener.Opened opened = opener.open(new RoundOpener.Request(
                RoundOpener.channelDeck(who.channel()),
                eligible,
                RoundKind.ASK,
                who.channel(),
                Optional.empty(),
                opener.nextRoundId(now),
                now.plus(settings.roundLength(who.channel())),
                // Stored with the round, so every later edit of its card shows it, in any process; stored in
                // English, as the round's columns hold words, not keys.
                QuestionPool.thinPoolNote(filter, eligible.size()).map(Catalog.english()::resolve)));
        if (!opened.fresh()) {
            return alreadyOpen(opened.round());
        }
        return Reply.toChannel(cards.card(opened.round(), 0));
    }

    /** When the channel's ask cooldown, counted from the close of its last revealed round, ends. */
    private Optional<Instant> nextAskAllowed(ChannelId channel) {
        Duration cooldown = settings.askCooldown(channel);
        if (cooldown.isZero()) {
            return Optional.empty();
        }
        return rounds.lastRevealedAsk(channel).flatMap(Round::closedAt).map(closed -> closed.plus(cooldown));
    }

    /** Not a refusal: the open round's question again, with its live count, so it can be answered. */
    private Reply alreadyOpen(Round open) {
        return Reply.privately(new NotedCard(Text.of(Msg.ASK_ROUND_ALREADY_OPEN), cards.live(open)));
    }
}
