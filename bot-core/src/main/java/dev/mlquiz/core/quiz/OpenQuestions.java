package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.view.QuestionCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The questions open now in a channel or for a player, as cards to answer. */
final class OpenQuestions {
    private final RoundStore rounds;
    private final RoundCards cards;
    private final StoredClock clock;

    OpenQuestions(RoundStore rounds, RoundCards cards, StoredClock clock) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Optional<QuestionCard> round(ChannelId channel) {
        return rounds.openAsk(channel).map(cards::live);
    }

    Optional<QuestionCard> daily(ChannelId channel) {
        return rounds.latestDaily(channel)
                .filter(r -> r.acceptsAnswersAt(clock.now()))
                .map(cards::live);
    }

    Optional<QuestionCard> practice(PlayerId player) {
        return rounds.openPractice(player).map(r -> cards.card(r, 0));
    }

    /**
     * The channel's round, its question of the day and the player's practice question, in that order;
     * rounds whose time is up are left out even before the timer closes them.
     */
    List<QuestionCard> all(ChannelId channel, PlayerId player) {
        Instant now = clock.now();
        List<QuestionCard> open = new ArrayList<>();
        round(channel).filter(card -> now.isBefore(card.closesAt())).ifPresent(open::add);
        daily(channel).ifPresent(open::add);
        practice(player).filter(card -> now.isBefore(card.closesAt())).ifPresent(open::add);
        return open;
    }
}
