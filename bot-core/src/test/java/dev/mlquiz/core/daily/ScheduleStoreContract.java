package dev.mlquiz.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduleStore} must do; one subclass per implementation. */
public abstract class ScheduleStoreContract {
    static final TeamId TEAM = new TeamId(Platform.DISCORD, "1");
    static final ChannelId CHANNEL = new ChannelId(TEAM, "2");
    static final ChannelId OTHER_CHANNEL = new ChannelId(TEAM, "3");
    static final LocalDate DAY = LocalDate.parse("2026-03-02");
    static final Instant AT = Instant.parse("2026-03-02T06:45:00Z");

    protected abstract ScheduleStore store();

    /** The round messages of the same storage: a claim's round with a message was posted. */
    protected abstract RoundMessages messages();

    static DailySchedule schedule(ChannelId channel, boolean enabled) {
        return new DailySchedule(
                channel,
                new DailySettings(
                        LocalTime.of(7, 45),
                        Optional.of(ZoneId.of("Europe/Berlin")),
                        DaySet.parse("mon,thu").orElseThrow(),
                        Optional.of("llms-nlp"),
                        Optional.of(Difficulty.ADVANCED),
                        Optional.of(Duration.ofHours(8))),
                enabled,
                true,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void a_schedule_reads_back_as_saved() {
        DailySchedule plain =
                new DailySchedule(CHANNEL, DailySettings.defaults(), true, false, Optional.empty(), Optional.empty());
        store().save(plain);
        store().save(schedule(OTHER_CHANNEL, true));

        assertThat(store().find(CHANNEL)).contains(plain);
        assertThat(store().find(OTHER_CHANNEL)).contains(schedule(OTHER_CHANNEL, true));
        assertThat(store().find(new ChannelId(TEAM, "4"))).isEmpty();
    }

    @Test
    void saving_again_replaces_the_schedule_and_clears_its_error() {
        store().save(schedule(CHANNEL, true));
        store().recordError(CHANNEL, "Missing Access", AT);
        DailySchedule changed = store().find(CHANNEL).orElseThrow().withSettings(DailySettings.defaults(), true);

        store().save(changed);

        assertThat(store().find(CHANNEL)).contains(changed);
        assertThat(changed.lastError()).isEmpty();
    }

    @Test
    void only_enabled_schedules_are_listed_by_channel() {
        ChannelId first = new ChannelId(TEAM, "0");
        store().save(schedule(OTHER_CHANNEL, true));
        store().save(schedule(CHANNEL, false));
        store().save(schedule(first, true));

        assertThat(store().enabled()).containsExactly(schedule(first, true), schedule(OTHER_CHANNEL, true));
        store().save(schedule(first, false));
        assertThat(store().enabled()).containsExactly(schedule(OTHER_CHANNEL, true));
    }

    @Test
    void an_error_is_recorded_on_the_schedule_and_cut_short() {
        store().save(schedule(CHANNEL, true));

        store().recordError(CHANNEL, "Missing Access", AT);
        assertThat(store().find(CHANNEL).orElseThrow().lastError()).contains("Missing Access");
        assertThat(store().find(CHANNEL).orElseThrow().lastErrorAt()).contains(AT);
        assertThat(store().find(CHANNEL).orElseThrow().enabled()).isTrue();

        store().recordError(CHANNEL, "x".repeat(600), AT.plusSeconds(60));
        assertThat(store().find(CHANNEL).orElseThrow().lastError()).contains("x".repeat(500));
    }

    @Test
    void an_error_for_a_channel_without_a_schedule_creates_none() {
        store().recordError(CHANNEL, "Missing Access", AT);

        assertThat(store().find(CHANNEL)).isEmpty();
    }

    static final Duration LEASE = Duration.ofMinutes(2);

    DayClaim claim(ChannelId channel, LocalDate date, String round, Instant at) {
        return store().claim(channel, date, new RoundId(round), at, LEASE);
    }

    static DayClaim claimed(DayClaim.Status status, String round) {
        return new DayClaim(status, new RoundId(round));
    }

    @Test
    void a_day_is_claimed_once_per_channel() {
        assertThat(claim(CHANNEL, DAY, "round1", AT)).isEqualTo(claimed(DayClaim.Status.CLAIMED, "round1"));
        assertThat(claim(CHANNEL, DAY, "round2", AT)).isEqualTo(claimed(DayClaim.Status.HELD, "round1"));
        assertThat(claim(CHANNEL, DAY.plusDays(1), "round3", AT).won()).isTrue();
        assertThat(claim(OTHER_CHANNEL, DAY, "round4", AT).won()).isTrue();
    }

    @Test
    void a_claim_is_held_until_its_lease_runs_out() {
        claim(CHANNEL, DAY, "round1", AT);

        assertThat(claim(CHANNEL, DAY, "round2", AT.plus(LEASE).minusMillis(1)))
                .isEqualTo(claimed(DayClaim.Status.HELD, "round1"));
    }

    @Test
    void an_unsettled_claim_is_taken_over_with_its_round_once_its_lease_ran_out() {
        claim(CHANNEL, DAY, "round1", AT);

        assertThat(claim(CHANNEL, DAY, "round2", AT.plus(LEASE)))
                .isEqualTo(claimed(DayClaim.Status.TAKEN_OVER, "round1"));
    }

    @Test
    void a_claim_taken_over_gets_a_fresh_lease() {
        claim(CHANNEL, DAY, "round1", AT);
        Instant takenOver = AT.plus(LEASE).plusSeconds(30);
        claim(CHANNEL, DAY, "round2", takenOver);

        assertThat(claim(CHANNEL, DAY, "round3", takenOver.plus(LEASE).minusMillis(1)))
                .isEqualTo(claimed(DayClaim.Status.HELD, "round1"));
        assertThat(claim(CHANNEL, DAY, "round4", takenOver.plus(LEASE)))
                .isEqualTo(claimed(DayClaim.Status.TAKEN_OVER, "round1"));
    }

    @Test
    void a_settled_claim_is_never_taken_over() {
        claim(CHANNEL, DAY, "round1", AT);

        assertThat(store().settle(CHANNEL, DAY, AT, AT.plusSeconds(5))).isTrue();

        assertThat(claim(CHANNEL, DAY, "round2", AT.plusSeconds(6)))
                .isEqualTo(claimed(DayClaim.Status.SETTLED, "round1"));
        assertThat(claim(CHANNEL, DAY, "round3", AT.plus(Duration.ofDays(1))))
                .isEqualTo(claimed(DayClaim.Status.SETTLED, "round1"));
        assertThat(claim(CHANNEL, DAY.plusDays(1), "round4", AT.plus(Duration.ofDays(1)))
                        .won())
                .isTrue();
    }

    @Test
    void settling_one_day_leaves_the_others_claimable() {
        claim(CHANNEL, DAY, "round1", AT);
        claim(OTHER_CHANNEL, DAY, "round2", AT);

        store().settle(CHANNEL, DAY, AT, AT);

        assertThat(claim(OTHER_CHANNEL, DAY, "round3", AT.plus(LEASE)))
                .isEqualTo(claimed(DayClaim.Status.TAKEN_OVER, "round2"));
    }

    @Test
    void a_claim_whose_round_has_a_message_is_settled_and_never_taken_over() {
        claim(CHANNEL, DAY, "round1", AT);
        messages().attach(new RoundId("round1"), "message1");

        assertThat(claim(CHANNEL, DAY, "round2", AT.plus(LEASE))).isEqualTo(claimed(DayClaim.Status.SETTLED, "round1"));
        assertThat(store().settle(CHANNEL, DAY, AT, AT.plus(LEASE)))
                .as("already settled")
                .isFalse();
    }

    @Test
    void a_claimant_whose_claim_was_taken_over_can_neither_renew_settle_nor_release_it() {
        claim(CHANNEL, DAY, "round1", AT);
        Instant takenOver = AT.plus(LEASE);
        claim(CHANNEL, DAY, "round2", takenOver);

        assertThat(store().renew(CHANNEL, DAY, AT, takenOver)).isFalse();
        assertThat(store().settle(CHANNEL, DAY, AT, takenOver)).isFalse();
        store().release(CHANNEL, DAY, AT);

        assertThat(claim(CHANNEL, DAY, "round3", takenOver.plusSeconds(1)))
                .isEqualTo(claimed(DayClaim.Status.HELD, "round1"));
        assertThat(store().settle(CHANNEL, DAY, takenOver, takenOver.plusSeconds(2)))
                .isTrue();
    }

    @Test
    void a_renewed_claim_is_held_for_a_whole_lease_from_its_renewal_and_named_by_it() {
        claim(CHANNEL, DAY, "round1", AT);
        Instant renewed = AT.plusSeconds(90);

        assertThat(store().renew(CHANNEL, DAY, AT, renewed)).isTrue();

        assertThat(claim(CHANNEL, DAY, "round2", AT.plus(LEASE))).isEqualTo(claimed(DayClaim.Status.HELD, "round1"));
        assertThat(store().settle(CHANNEL, DAY, AT, renewed)).isFalse();
        assertThat(store().settle(CHANNEL, DAY, renewed, renewed)).isTrue();
    }

    @Test
    void a_released_claim_is_taken_over_at_once_with_its_round() {
        claim(CHANNEL, DAY, "round1", AT);

        store().release(CHANNEL, DAY, AT);

        assertThat(store().settle(CHANNEL, DAY, AT, AT)).isFalse();
        assertThat(claim(CHANNEL, DAY, "round2", AT.plusSeconds(1)))
                .isEqualTo(claimed(DayClaim.Status.TAKEN_OVER, "round1"));
    }

    @Test
    void a_settled_claim_is_not_released() {
        claim(CHANNEL, DAY, "round1", AT);
        store().settle(CHANNEL, DAY, AT, AT);

        store().release(CHANNEL, DAY, AT);

        assertThat(claim(CHANNEL, DAY, "round2", AT.plusSeconds(1)))
                .isEqualTo(claimed(DayClaim.Status.SETTLED, "round1"));
    }

    @Test
    void of_many_callers_claiming_one_day_at_once_exactly_one_wins() throws Exception {
        assertThat(claimAtOnce(8, AT)).isEqualTo(1);
    }

    @Test
    void of_many_callers_taking_over_one_stale_claim_at_once_exactly_one_wins() throws Exception {
        claim(CHANNEL, DAY, "crashed", AT);

        assertThat(claimAtOnce(8, AT.plus(LEASE))).isEqualTo(1);
    }

    /** How many of {@code callers} claiming the day together won it. */
    int claimAtOnce(int callers, Instant at) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String round = "round" + i;
                claims.add(pool.submit(() -> {
                    go.await();
                    return claim(CHANNEL, DAY, round, at).won();
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }
}
