package dev.mlquiz.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.English;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapViewTest {
    static RecapView week(int answers, int right) {
        return new RecapView(
                "general",
                LocalDate.parse("2026-02-23"),
                LocalDate.parse("2026-03-01"),
                List.of(),
                1,
                5,
                answers,
                right);
    }

    @Test
    void the_figures_say_the_dates_the_questions_the_answers_the_share_right_and_the_players() {
        assertThat(week(31, 22).figures())
                .extracting(English::english)
                .containsExactly(
                        "2026-02-23 to 2026-03-01", "5 questions of the day", "31 answers", "71% right", "1 player");
    }

    @Test
    void a_week_without_daily_answers_is_0_percent_right() {
        assertThat(English.english(week(0, 0).figures().get(3))).isEqualTo("0% right");
    }
}
