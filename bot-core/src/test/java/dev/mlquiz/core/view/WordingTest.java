package dev.mlquiz.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.text.Catalog;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordingTest {

    static String of(Duration duration) {
        return English.duration(duration);
    }

    @Test
    void under_a_minute_reads_in_seconds() {
        assertThat(of(Duration.ZERO)).isEqualTo("0 s");
        assertThat(of(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(of(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(of(Duration.ofSeconds(-5))).as("a deadline just passed").isEqualTo("0 s");
    }

    @Test
    void under_an_hour_reads_in_minutes_and_seconds() {
        assertThat(of(Duration.ofSeconds(60))).isEqualTo("1 min");
        assertThat(of(Duration.ofSeconds(61))).isEqualTo("1 min 1 s");
        assertThat(of(Duration.ofSeconds(90))).as("a round length an admin set").isEqualTo("1 min 30 s");
        assertThat(of(Duration.ofSeconds(599))).isEqualTo("9 min 59 s");
        assertThat(of(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(of(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(of(Duration.ofSeconds(3599))).isEqualTo("59 min 59 s");
    }

    @Test
    void under_two_days_reads_in_hours_and_minutes() {
        assertThat(of(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(of(Duration.ofSeconds(3601)))
                .as("the minutes are rounded up")
                .isEqualTo("1 h 1 min");
        assertThat(of(Duration.ofMinutes(880))).isEqualTo("14 h 40 min");
        assertThat(of(Duration.ofMinutes(880).minusSeconds(30))).isEqualTo("14 h 40 min");
        assertThat(of(Duration.ofHours(26))).isEqualTo("26 h");
        assertThat(of(Duration.ofHours(48).minusMinutes(1))).isEqualTo("47 h 59 min");
    }

    @Test
    void from_two_days_on_reads_in_days_and_hours_never_dropping_most_of_a_day() {
        assertThat(of(Duration.ofHours(48))).isEqualTo("2 d");
        assertThat(of(Duration.ofDays(2).plusHours(23))).isEqualTo("2 d 23 h");
        assertThat(of(Duration.ofDays(2).plusHours(22).plusMinutes(15))).isEqualTo("2 d 23 h");
        assertThat(of(Duration.ofDays(2).plusHours(23).plusMinutes(45)))
                .as("Friday's question, open until 15 minutes before Monday's")
                .isEqualTo("3 d");
        assertThat(of(Duration.ofDays(3))).isEqualTo("3 d");
    }

    @Test
    void the_last_unit_is_rounded_up_even_for_a_fraction_of_a_second() {
        assertThat(of(Duration.ofMillis(59_001))).isEqualTo("1 min");
        assertThat(of(Duration.ofMillis(3_599_001))).isEqualTo("1 h");
        assertThat(of(Duration.ofMillis(599_400))).isEqualTo("10 min");
        assertThat(of(Duration.ofMillis(44_200))).isEqualTo("45 s");
        assertThat(of(Duration.ofMillis(1))).isEqualTo("1 s");
    }

    @Test
    void utc_shows_as_utc_however_it_was_written() {
        assertThat(Wording.zone(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(Wording.zone(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(Wording.zone(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
        assertThat(Wording.zone(ZoneId.of("+00:00"))).isEqualTo("UTC");
    }

    @Test
    void other_zones_show_their_id() {
        assertThat(Wording.zone(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
        assertThat(Wording.zone(ZoneId.of("Europe/London")))
                .as("zero offset in winter only")
                .isEqualTo("Europe/London");
        assertThat(Wording.zone(ZoneId.of("+02:00"))).isEqualTo("+02:00");
    }

    @Test
    void names_join_as_in_a_sentence() {
        assertThat(Wording.names(Catalog.english(), List.of("alice"))).isEqualTo("alice");
        assertThat(Wording.names(Catalog.english(), List.of("alice", "bob"))).isEqualTo("alice and bob");
        assertThat(Wording.names(Catalog.english(), List.of("alice", "bob", "carol")))
                .isEqualTo("alice, bob and carol");
    }

    @Test
    void names_that_do_not_fit_are_counted() {
        List<String> many =
                IntStream.range(0, 1000).mapToObj(i -> "player-" + i).collect(Collectors.toList());

        String names = Wording.names(Catalog.english(), many, 40, 32, UnaryOperator.identity());

        assertThat(names).isEqualTo("player-0, player-1 and 998 more").hasSizeLessThanOrEqualTo(40);
    }
}
