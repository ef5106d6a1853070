package dev.mlquiz.core.daily;

import static dev.mlquiz.core.testing.English.english;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaySetTest {
    @Test
    void names_ranges_and_lists_are_understood() {
        assertThat(DaySet.parse("mon-fri")).contains(DaySet.WEEKDAYS);
        assertThat(DaySet.parse("weekdays")).contains(DaySet.WEEKDAYS);
        assertThat(DaySet.parse("daily")).contains(DaySet.EVERY_DAY);
        assertThat(DaySet.parse("weekends")).contains(new DaySet(EnumSet.of(SATURDAY, SUNDAY)));
        assertThat(DaySet.parse("mon,wed,fri")).contains(new DaySet(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY)));
        assertThat(DaySet.parse("Tuesday-Thursday")).contains(new DaySet(EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY)));
        assertThat(DaySet.parse("fri-mon")).contains(new DaySet(EnumSet.of(FRIDAY, SATURDAY, SUNDAY, MONDAY)));
    }

    @Test
    void anything_else_is_not_a_day_list() {
        assertThat(DaySet.parse("someday")).isEmpty();
        assertThat(DaySet.parse("mo")).isEmpty();
        assertThat(DaySet.parse("mon-tue-wed")).isEmpty();
        assertThat(DaySet.parse("llms")).isEqualTo(Optional.empty());
    }

    @Test
    void a_day_set_reads_back_from_its_storage_form() {
        DaySet days = new DaySet(EnumSet.of(MONDAY, THURSDAY));

        assertThat(DaySet.parse(days.storageForm())).contains(days);
        assertThat(english(days.description())).isEqualTo("Mon, Thu");
        assertThat(english(DaySet.WEEKDAYS.description())).isEqualTo("Mon-Fri");
    }
}
