package dev.mlquiz.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyTimesTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static DailyTimes at(String time, DaySet days) {
        return new DailyTimes(
                new DailySettings(
                        LocalTime.parse(time),
                        Optional.of(BERLIN),
                        days,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                ZoneOffset.UTC);
    }

    @Test
    void a_question_is_due_from_its_local_time_until_the_end_of_that_day() {
        DailyTimes times = at("09:00", DaySet.WEEKDAYS);

        assertThat(times.due(Instant.parse("2026-03-04T07:59:59Z"))).isEmpty();
        assertThat(times.due(Instant.parse("2026-03-04T08:00:00Z"))).contains(LocalDate.parse("2026-03-04"));
        assertThat(times.due(Instant.parse("2026-03-04T22:59:00Z"))).contains(LocalDate.parse("2026-03-04"));
        assertThat(times.due(Instant.parse("2026-03-04T23:00:00Z")))
                .as("past midnight in Berlin")
                .isEmpty();
    }

    @Test
    void weekends_are_skipped() {
        DailyTimes times = at("09:00", DaySet.WEEKDAYS);

        assertThat(times.due(Instant.parse("2026-03-07T12:00:00Z"))).isEmpty();
        assertThat(times.nextDate(LocalDate.parse("2026-03-06"))).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void a_time_that_does_not_exist_on_the_spring_forward_day_posts_when_the_clocks_allow() {
        // Berlin, 29 March 2026: 02:00 jumps to 03:00.
        DailyTimes times = at("02:30", DaySet.EVERY_DAY);

        assertThat(times.postTime(LocalDate.parse("2026-03-29"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(times.postTime(LocalDate.parse("2026-03-30"))).isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void a_time_that_occurs_twice_on_the_fall_back_day_posts_at_its_first_occurrence() {
        // Berlin, 25 October 2026: 03:00 falls back to 02:00, so 02:30 happens twice.
        DailyTimes times = at("02:30", DaySet.EVERY_DAY);

        assertThat(times.postTime(LocalDate.parse("2026-10-25"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void a_question_closes_a_margin_before_the_next_one() {
        DailyTimes times = at("09:00", DaySet.WEEKDAYS);
        Instant friday = Instant.parse("2026-03-06T08:00:00Z");

        assertThat(times.closesAt(LocalDate.parse("2026-03-06"), friday))
                .isEqualTo(Instant.parse("2026-03-09T08:00:00Z").minus(DailyTimes.MARGIN));
    }

    @Test
    void a_configured_duration_wins_over_the_next_post() {
        DailyTimes times = new DailyTimes(
                new DailySettings(
                        LocalTime.of(9, 0),
                        Optional.empty(),
                        DaySet.WEEKDAYS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Duration.ofHours(8))),
                ZoneOffset.UTC);
        Instant posted = Instant.parse("2026-03-04T09:00:00Z");

        assertThat(times.closesAt(LocalDate.parse("2026-03-04"), posted)).isEqualTo(posted.plus(Duration.ofHours(8)));
        assertThat(times.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void the_first_scheduled_day_of_the_week_carries_the_recap() {
        DailyTimes weekdays = at("09:00", DaySet.WEEKDAYS);
        DailyTimes midweek = at("09:00", DaySet.parse("wed,fri").orElseThrow());

        assertThat(weekdays.firstOfWeek(LocalDate.parse("2026-03-09"))).isTrue();
        assertThat(weekdays.firstOfWeek(LocalDate.parse("2026-03-10"))).isFalse();
        assertThat(midweek.firstOfWeek(LocalDate.parse("2026-03-11"))).isTrue();
        assertThat(midweek.firstOfWeek(LocalDate.parse("2026-03-13"))).isFalse();
    }
}
