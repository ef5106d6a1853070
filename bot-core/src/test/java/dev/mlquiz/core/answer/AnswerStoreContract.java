package dev.mlquiz.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AnswerStore} must do; one subclass per implementation. */
public abstract class AnswerStoreContract {
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.DISCORD, "1"), "2");
    static final RoundId ROUND = new RoundId("round1");
    static final RoundId ROUND_2 = new RoundId("round2");
    static final PlayerId ALICE = new PlayerId(Platform.DISCORD, "11");
    static final PlayerId BOB = new PlayerId(Platform.DISCORD, "12");
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    protected abstract AnswerStore store();

    /** Answers belong to rounds: the store checks a round is open when it records an answer to it. */
    protected abstract RoundStore rounds();

    @BeforeEach
    void openRounds() {
        // Two channels, since a channel has at most one open asked round.
        rounds().open(round(ROUND, CHANNEL));
        rounds().open(round(ROUND_2, new ChannelId(CHANNEL.team(), "3")));
    }

    /** An open asked round of question q1 in {@code channel}, from {@link #T0} for an hour. */
    public static Round round(RoundId id, ChannelId channel) {
        return new Round(
                id,
                RoundKind.ASK,
                channel,
                Optional.empty(),
                "q1",
                OptionOrder.parse("0123"),
                T0,
                T0.plus(Duration.ofHours(1)),
                Optional.empty(),
                Optional.empty());
    }

    static Answer answer(RoundId round, PlayerId player, Letter choice, boolean correct, Instant at) {
        return new Answer(
                round,
                player,
                CHANNEL,
                RoundKind.ASK,
                "q1",
                "deep-learning",
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
    void an_answer_to_a_closed_round_is_refused() {
        rounds().close(ROUND, T0.plusSeconds(30));

        assertThat(store().record(answer(ROUND, ALICE, Letter.B, true, T0.plusSeconds(31))))
                .isFalse();
        assertThat(store().forRound(ROUND)).isEmpty();
    }

    @Test
    void an_answer_to_an_unknown_round_is_refused() {
        assertThat(store().record(answer(new RoundId("nowhere1"), ALICE, Letter.B, true, T0)))
                .isFalse();
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
    void a_player_history_is_oldest_first_across_closed_rounds() {
        Answer later = answer(ROUND_2, ALICE, Letter.A, false, T0.plusSeconds(60));
        Answer earlier = answer(ROUND, ALICE, Letter.B, true, T0);
        store().record(later);
        store().record(earlier);
        store().record(answer(ROUND, BOB, Letter.B, true, T0));
        rounds().close(ROUND, T0.plusSeconds(90));
        rounds().close(ROUND_2, T0.plusSeconds(90));

        assertThat(store().history(ALICE)).containsExactly(earlier, later);
    }

    @Test
    void a_team_history_holds_only_the_answers_given_in_that_team() {
        TeamId otherTeam = new TeamId(Platform.DISCORD, "other");
        ChannelId elsewhere = new ChannelId(otherTeam, "5");
        RoundId third = new RoundId("round3");
        rounds().open(round(third, elsewhere));
        Answer here = answer(ROUND, ALICE, Letter.B, true, T0);
        Answer there = new Answer(
                third,
                ALICE,
                elsewhere,
                RoundKind.ASK,
                "q1",
                "deep-learning",
                Difficulty.ADVANCED,
                Letter.B,
                true,
                3,
                T0.plusSeconds(30));
        store().record(here);
        store().record(there);
        rounds().close(ROUND, T0.plusSeconds(90));
        rounds().close(third, T0.plusSeconds(90));

        assertThat(store().history(ALICE, CHANNEL.team())).containsExactly(here);
        assertThat(store().history(ALICE, otherTeam)).containsExactly(there);
        assertThat(store().history(ALICE, new TeamId(Platform.DISCORD, "none"))).isEmpty();
        assertThat(store().history(ALICE)).as("their own record, every team").containsExactly(here, there);
    }

    @Test
    void an_open_round_stays_out_of_every_history_until_it_closes() {
        Answer open = answer(ROUND, ALICE, Letter.B, true, T0);
        store().record(open);

        assertThat(store().history(ALICE)).isEmpty();
        rounds().close(ROUND, T0.plusSeconds(90));
        assertThat(store().history(ALICE)).containsExactly(open);
    }

    @Test
    void points_for_a_question_come_once_per_player_and_team() {
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.DISCORD, "other"), "5");
        RoundId third = new RoundId("round3");
        rounds().open(round(third, elsewhere));
        store().record(answer(ROUND, ALICE, Letter.A, false, T0));
        store().record(answer(ROUND, BOB, Letter.B, true, T0));

        store().record(answer(ROUND_2, ALICE, Letter.B, true, T0.plusSeconds(60)));
        store().record(answer(ROUND_2, BOB, Letter.B, true, T0.plusSeconds(60)));
        store().record(new Answer(
                third,
                BOB,
                elsewhere,
                RoundKind.ASK,
                "q1",
                "deep-learning",
                Difficulty.ADVANCED,
                Letter.B,
                true,
                3,
                T0.plusSeconds(90)));

        assertThat(store().find(ROUND_2, ALICE).orElseThrow().points())
                .as("wrong before: still scores")
                .isEqualTo(3);
        assertThat(store().find(ROUND_2, BOB).orElseThrow().points())
                .as("scored before in this team")
                .isZero();
        assertThat(store().find(ROUND_2, BOB).orElseThrow().correct()).isTrue();
        assertThat(store().find(third, BOB).orElseThrow().points())
                .as("another team")
                .isEqualTo(3);
    }

    static Round daily(String id, ChannelId channel, Instant opened) {
        return new Round(
                new RoundId(id),
                RoundKind.DAILY,
                channel,
                Optional.empty(),
                "q1",
                OptionOrder.parse("0123"),
                opened,
                opened.plus(Duration.ofHours(8)),
                Optional.empty(),
                Optional.empty());
    }

    static Answer dailyAnswer(String round, PlayerId player, ChannelId channel, boolean correct, Instant at) {
        return new Answer(
                new RoundId(round),
                player,
                channel,
                RoundKind.DAILY,
                "q1",
                "deep-learning",
                Difficulty.ADVANCED,
                Letter.A,
                correct,
                correct ? 3 : 0,
                at);
    }

    @Test
    void the_latest_daily_results_cover_the_players_channels_newest_first_revealed_only() {
        ChannelId other = new ChannelId(CHANNEL.team(), "9");
        ChannelId unplayed = new ChannelId(CHANNEL.team(), "8");
        for (int day = 0; day < 4; day++) {
            Instant opened = T0.plus(Duration.ofDays(day));
            rounds().open(daily("dayd" + day, day % 2 == 0 ? CHANNEL : other, opened));
            rounds().open(daily("dayu" + day, unplayed, opened));
        }
        store().record(dailyAnswer("dayd0", ALICE, CHANNEL, true, T0));
        store().record(dailyAnswer("dayd1", ALICE, other, false, T0.plus(Duration.ofDays(1))));
        store().record(dailyAnswer("dayd3", ALICE, other, true, T0.plus(Duration.ofDays(3))));
        for (String round : new String[] {"dayd0", "dayd1", "dayd2", "dayu0", "dayu1", "dayu2"}) {
            rounds().close(new RoundId(round), T0.plus(Duration.ofDays(5)));
        }

        assertThat(store().latestDailyResults(ALICE, CHANNEL.team(), 10))
                .as("dayd3 is not revealed yet; dayd2 was missed; dayu* are in a channel alice never played")
                .containsExactly(Optional.empty(), Optional.of(false), Optional.of(true));
        assertThat(store().latestDailyResults(ALICE, CHANNEL.team(), 2))
                .containsExactly(Optional.empty(), Optional.of(false));
        assertThat(store().latestDailyResults(BOB, CHANNEL.team(), 10)).isEmpty();
    }

    @Test
    void the_latest_daily_results_of_one_team_leave_the_other_teams_questions_out() {
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.DISCORD, "other-server"), "2");
        rounds().open(daily("home", CHANNEL, T0));
        rounds().open(daily("away", elsewhere, T0.plus(Duration.ofDays(1))));
        store().record(dailyAnswer("home", ALICE, CHANNEL, true, T0));
        store().record(dailyAnswer("away", ALICE, elsewhere, false, T0.plus(Duration.ofDays(1))));
        rounds().close(new RoundId("home"), T0.plus(Duration.ofDays(2)));
        rounds().close(new RoundId("away"), T0.plus(Duration.ofDays(2)));

        assertThat(store().latestDailyResults(ALICE, CHANNEL.team(), 10)).containsExactly(Optional.of(true));
        assertThat(store().latestDailyResults(ALICE, elsewhere.team(), 10)).containsExactly(Optional.of(false));
    }
}
