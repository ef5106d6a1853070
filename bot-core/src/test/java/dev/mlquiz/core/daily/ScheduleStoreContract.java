package dev.mlquiz.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
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

    @Test
    void a_day_is_claimed_once_per_channel() {
        assertThat(store().claim(CHANNEL, DAY, new RoundId("round1"), AT)).isTrue();
        assertThat(store().claim(CHANNEL, DAY, new RoundId("round2"), AT)).isFalse();
        assertThat(store().claim(CHANNEL, DAY.plusDays(1), new RoundId("round3"), AT))
                .isTrue();
        assertThat(store().claim(OTHER_CHANNEL, DAY, new RoundId("round4"), AT)).isTrue();
    }

    @Test
    void of_many_callers_claiming_one_day_at_once_exactly_one_wins() throws Exception {
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                RoundId round = new RoundId("round" + i);
                claims.add(pool.submit(() -> {
                    go.await();
                    return store().claim(CHANNEL, DAY, round, AT);
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
