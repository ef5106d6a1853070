package dev.mlquiz.core.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RoundStore} must do; one subclass per implementation. */
public abstract class RoundStoreContract {
    protected static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.SLACK, "T1"), "C1");
    protected static final ChannelId OTHER_CHANNEL = new ChannelId(new TeamId(Platform.SLACK, "T1"), "C2");
    protected static final PlayerId ALICE = new PlayerId(Platform.SLACK, "U1");
    protected static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    protected abstract RoundStore store();

    static Round ask(String id, ChannelId channel, Instant opened) {
        return new Round(
                new RoundId(id),
                RoundKind.ASK,
                channel,
                Optional.empty(),
                "q1",
                OptionOrder.parse("2031"),
                opened,
                opened.plus(Duration.ofSeconds(60)),
                Optional.empty(),
                Optional.empty());
    }

    static Round practice(String id, PlayerId owner) {
        return new Round(
                new RoundId(id),
                RoundKind.PRACTICE,
                CHANNEL,
                Optional.of(owner),
                "q2",
                OptionOrder.parse("0123"),
                T0,
                T0.plus(Duration.ofHours(1)),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void an_opened_round_can_be_found_as_it_was_stored() {
        Round round = ask("round1", CHANNEL, T0);

        assertThat(store().open(round)).isEqualTo(round);
        assertThat(store().find(round.id())).contains(round);
        assertThat(store().openAsk(CHANNEL)).contains(round);
        assertThat(store().find(new RoundId("nosuchround"))).isEmpty();
    }

    @Test
    void a_round_keeps_its_note() {
        Round plain = ask("round1", CHANNEL, T0);
        Round noted = new Round(
                plain.id(),
                plain.kind(),
                plain.channel(),
                plain.owner(),
                plain.questionId(),
                plain.order(),
                plain.openedAt(),
                plain.closesAt(),
                plain.closedAt(),
                Optional.of("Only 3 questions match core-concepts, so they will repeat."));

        store().open(noted);

        assertThat(store().find(noted.id())).contains(noted);
    }

    @Test
    void a_channel_has_at_most_one_open_ask_round() {
        Round first = ask("round1", CHANNEL, T0);
        store().open(first);

        Round returned = store().open(ask("round2", CHANNEL, T0.plusSeconds(5)));

        assertThat(returned).isEqualTo(first);
        assertThat(store().find(new RoundId("round2"))).isEmpty();
        assertThat(store().open(ask("round3", OTHER_CHANNEL, T0)).id()).isEqualTo(new RoundId("round3"));
    }

    @Test
    void open_channel_questions_are_those_of_the_teams_open_channel_rounds() {
        store().open(ask("round1", CHANNEL, T0));
        store().open(practice("round2", new PlayerId(Platform.CONSOLE, "ann")));
        store().open(ask("round3", OTHER_CHANNEL, T0));
        Round closed = ask("round4", new ChannelId(CHANNEL.team(), "closed"), T0);
        store().open(new Round(
                closed.id(),
                closed.kind(),
                closed.channel(),
                closed.owner(),
                "q9",
                closed.order(),
                closed.openedAt(),
                closed.closesAt(),
                closed.closedAt(),
                closed.note()));
        store().close(new RoundId("round4"), T0.plusSeconds(1));

        assertThat(store().openChannelQuestions(CHANNEL.team())).containsExactly("q1");
        assertThat(store().openChannelQuestions(new TeamId(Platform.DISCORD, "1")))
                .isEmpty();
    }

    @Test
    void a_round_whose_id_is_taken_is_refused_even_once_the_first_closed() {
        store().open(ask("round1", CHANNEL, T0));
        store().close(new RoundId("round1"), T0.plusSeconds(60));

        assertThatThrownBy(() -> store().open(ask("round1", OTHER_CHANNEL, T0.plusSeconds(61))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("round1");
        assertThatThrownBy(() -> store().open(practice("round1", new PlayerId(Platform.CONSOLE, "ann"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_closing_a_new_round_may_open() {
        store().open(ask("round1", CHANNEL, T0));
        store().close(new RoundId("round1"), T0.plusSeconds(60));

        assertThat(store().open(ask("round2", CHANNEL, T0.plusSeconds(61))).id())
                .isEqualTo(new RoundId("round2"));
        assertThat(store().find(new RoundId("round1")).orElseThrow().closedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void a_player_has_at_most_one_open_practice_round() {
        Round first = practice("prac1", ALICE);
        store().open(first);

        assertThat(store().open(practice("prac2", ALICE))).isEqualTo(first);
        assertThat(store().openPractice(ALICE)).contains(first);
        assertThat(store().openAsk(CHANNEL)).isEmpty();
    }

    @Test
    void only_one_caller_closes_a_round() {
        store().open(ask("round1", CHANNEL, T0));

        assertThat(store().close(new RoundId("round1"), T0.plusSeconds(10))).isTrue();
        assertThat(store().close(new RoundId("round1"), T0.plusSeconds(11))).isFalse();
        assertThat(store().find(new RoundId("round1")).orElseThrow().closedAt()).contains(T0.plusSeconds(10));
        assertThat(store().openAsk(CHANNEL)).isEmpty();
    }

    @Test
    void due_lists_open_rounds_whose_time_is_up_oldest_first() {
        store().open(ask("later", CHANNEL, T0.plusSeconds(30)));
        store().open(ask("early", OTHER_CHANNEL, T0));

        assertThat(store().due(T0.plusSeconds(59))).isEmpty();
        assertThat(store().due(T0.plusSeconds(60))).extracting(Round::id).containsExactly(new RoundId("early"));
        assertThat(store().due(T0.plusSeconds(90)))
                .extracting(Round::id)
                .containsExactly(new RoundId("early"), new RoundId("later"));
        store().close(new RoundId("early"), T0.plusSeconds(90));
        assertThat(store().due(T0.plusSeconds(90))).extracting(Round::id).containsExactly(new RoundId("later"));
    }

    static Round daily(String id, ChannelId channel, Instant opened) {
        return new Round(
                new RoundId(id),
                RoundKind.DAILY,
                channel,
                Optional.empty(),
                "q3",
                OptionOrder.parse("1230"),
                opened,
                opened.plus(Duration.ofHours(20)),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void daily_lists_the_questions_of_the_day_of_the_given_channels_oldest_first() {
        store().open(daily("daily2", CHANNEL, T0.plus(Duration.ofDays(1))));
        store().open(daily("daily1", CHANNEL, T0));
        store().open(daily("daily3", OTHER_CHANNEL, T0));
        store().open(ask("round1", CHANNEL, T0));

        assertThat(store().daily(java.util.List.of(CHANNEL)))
                .extracting(Round::id)
                .containsExactly(new RoundId("daily1"), new RoundId("daily2"));
        assertThat(store().daily(java.util.List.of(CHANNEL, OTHER_CHANNEL))).hasSize(3);
        assertThat(store().daily(java.util.List.of())).isEmpty();
    }

    @Test
    void latest_daily_is_the_channels_newest_question_of_the_day_never_a_withdrawn_one() {
        store().open(daily("daily1", CHANNEL, T0));
        store().open(daily("daily2", CHANNEL, T0.plus(Duration.ofDays(1))));
        store().open(daily("daily3", OTHER_CHANNEL, T0.plus(Duration.ofDays(2))));
        store().open(ask("round1", CHANNEL, T0.plus(Duration.ofDays(3))));
        assertThat(store().latestDaily(CHANNEL).map(Round::id)).contains(new RoundId("daily2"));

        store().withdraw(new RoundId("daily2"), T0.plus(Duration.ofDays(1)));

        assertThat(store().latestDaily(CHANNEL).map(Round::id)).contains(new RoundId("daily1"));
        assertThat(store().latestDaily(new ChannelId(CHANNEL.team(), "empty"))).isEmpty();
    }

    @Test
    void questions_of_the_day_do_not_block_asked_rounds() {
        store().open(daily("daily1", CHANNEL, T0));

        assertThat(store().open(ask("round1", CHANNEL, T0)).id()).isEqualTo(new RoundId("round1"));
    }

    @Test
    void a_withdrawn_round_is_closed_and_frees_its_channel() {
        store().open(ask("round1", CHANNEL, T0));

        assertThat(store().withdraw(new RoundId("round1"), T0.plusSeconds(1))).isTrue();
        assertThat(store().withdraw(new RoundId("round1"), T0.plusSeconds(2))).isFalse();
        assertThat(store().close(new RoundId("round1"), T0.plusSeconds(3))).isFalse();
        assertThat(store().openAsk(CHANNEL)).isEmpty();
    }

    @Test
    void the_last_revealed_ask_skips_open_and_withdrawn_rounds() {
        store().open(ask("round1", CHANNEL, T0));
        store().close(new RoundId("round1"), T0.plusSeconds(60));
        store().open(ask("round2", CHANNEL, T0.plusSeconds(100)));
        store().withdraw(new RoundId("round2"), T0.plusSeconds(101));
        store().open(ask("round3", CHANNEL, T0.plusSeconds(200)));

        assertThat(store().lastRevealedAsk(CHANNEL)).map(Round::id).contains(new RoundId("round1"));
        assertThat(store().lastRevealedAsk(CHANNEL)).flatMap(Round::closedAt).contains(T0.plusSeconds(60));
        assertThat(store().lastRevealedAsk(OTHER_CHANNEL)).isEmpty();
    }

    @Test
    void a_closed_channel_rounds_reveal_is_owed_and_held_by_its_closer_for_the_lease() {
        store().open(ask("round1", CHANNEL, T0));
        Instant closed = T0.plusSeconds(60);
        store().close(new RoundId("round1"), closed);
        Instant lapsed = closed.plus(RoundStore.REVEAL_LEASE);

        assertThat(store().owedReveals(lapsed.minusMillis(1))).isEmpty();
        assertThat(store().owedReveals(lapsed)).extracting(Round::id).containsExactly(new RoundId("round1"));
        assertThat(store().owedReveals(lapsed).get(0).closedAt()).contains(closed);
        assertThat(store().claimReveal(new RoundId("round1"), lapsed.minusMillis(1)))
                .isFalse();
    }

    @Test
    void only_one_caller_claims_an_owed_reveal_until_its_claim_lapses() {
        store().open(ask("round1", CHANNEL, T0));
        store().close(new RoundId("round1"), T0);
        Instant lapsed = T0.plus(RoundStore.REVEAL_LEASE);

        assertThat(store().claimReveal(new RoundId("round1"), lapsed)).isTrue();
        assertThat(store().claimReveal(new RoundId("round1"), lapsed)).isFalse();
        assertThat(store().owedReveals(lapsed)).isEmpty();
        Instant claimLapsed = lapsed.plus(RoundStore.REVEAL_LEASE);
        assertThat(store().owedReveals(claimLapsed)).extracting(Round::id).containsExactly(new RoundId("round1"));
        assertThat(store().claimReveal(new RoundId("round1"), claimLapsed)).isTrue();
    }

    @Test
    void a_revealed_round_owes_its_reveal_no_more() {
        store().open(ask("round1", CHANNEL, T0));
        store().open(ask("round2", OTHER_CHANNEL, T0.plusSeconds(1)));
        store().close(new RoundId("round1"), T0.plusSeconds(60));
        store().close(new RoundId("round2"), T0.plusSeconds(60));
        Instant later = T0.plus(Duration.ofDays(1));

        assertThat(store().owedReveals(later))
                .extracting(Round::id)
                .containsExactly(new RoundId("round1"), new RoundId("round2"));
        store().revealed(new RoundId("round1"));

        assertThat(store().owedReveals(later)).extracting(Round::id).containsExactly(new RoundId("round2"));
        assertThat(store().claimReveal(new RoundId("round1"), later)).isFalse();
    }

    @Test
    void open_practice_and_withdrawn_rounds_owe_no_reveal() {
        store().open(ask("open", CHANNEL, T0));
        store().open(practice("practice", ALICE));
        store().close(new RoundId("practice"), T0.plusSeconds(60));
        store().open(ask("withdrawn", OTHER_CHANNEL, T0));
        store().withdraw(new RoundId("withdrawn"), T0.plusSeconds(1));

        assertThat(store().owedReveals(T0.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(store().claimReveal(new RoundId("open"), T0.plus(Duration.ofDays(1))))
                .isFalse();
    }
}
