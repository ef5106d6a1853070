package dev.mlquiz.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link AnswerStore} must do; one subclass per implementation. */
public abstract class AnswerStoreContract {
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.DISCORD, "1"), "2");
    static final RoundId ROUND = new RoundId("round1");
    static final PlayerId ALICE = new PlayerId(Platform.DISCORD, "11");
    static final PlayerId BOB = new PlayerId(Platform.DISCORD, "12");
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    protected abstract AnswerStore store();

    static Answer answer(RoundId round, PlayerId player, Letter choice, boolean correct, Instant at) {
        return new Answer(
                round,
                player,
                CHANNEL,
                RoundKind.ASK,
                "q1",
                Topic.DEEP_LEARNING,
                Difficulty.ADVANCED,
                choice,
                correct,
                correct ? 3 : 0,
                at);
    }

    @Test
    void the_first_answer_of_a_player_to_a_round_is_kept_and_later_ones_are_refused() {
        Answer first = answer(ROUND, ALICE, Letter.B, true, T0);

        assertThat(store().record(first)).isTrue();
        assertThat(store().record(answer(ROUND, ALICE, Letter.C, false, T0.plusSeconds(1))))
                .isFalse();
        assertThat(store().find(ROUND, ALICE)).contains(first);
        assertThat(store().forRound(ROUND)).containsExactly(first);
        assertThat(store().countForRound(ROUND)).isEqualTo(1);
    }

    @Test
    void answers_of_a_round_come_back_in_the_order_given() {
        Answer bob = answer(ROUND, BOB, Letter.A, false, T0);
        Answer alice = answer(ROUND, ALICE, Letter.B, true, T0.plusMillis(5));
        store().record(alice);
        store().record(bob);

        assertThat(store().forRound(ROUND)).containsExactly(bob, alice);
        assertThat(store().find(ROUND, new PlayerId(Platform.DISCORD, "99"))).isEmpty();
    }

    @Test
    void a_player_history_is_oldest_first_across_rounds() {
        Answer later = answer(new RoundId("round2"), ALICE, Letter.A, false, T0.plusSeconds(60));
        Answer earlier = answer(ROUND, ALICE, Letter.B, true, T0);
        store().record(later);
        store().record(earlier);
        store().record(answer(ROUND, BOB, Letter.B, true, T0));

        assertThat(store().history(ALICE)).containsExactly(earlier, later);
    }
}
