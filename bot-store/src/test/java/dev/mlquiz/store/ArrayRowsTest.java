package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How rows of one write are split into executions (the statements sent in one round trip). */
class ArrayRowsTest {
    private static ArrayRows.Row row(String... apart) {
        return new ArrayRows.Row(Arrays.asList((Object[]) apart));
    }

    @Test
    void rows_sharing_no_key_go_in_one_execution() {
        assertThat(ArrayRows.executions(List.of(row("a"), row("b"), row("c")))).containsExactly(List.of(0, 1, 2));
    }

    @Test
    void a_burst_with_several_double_clicks_needs_two_executions_not_one_per_double_click() {
        List<ArrayRows.Row> rows = List.of(row("a"), row("b"), row("a"), row("c"), row("b"), row("d"), row("c"));

        assertThat(ArrayRows.executions(rows)).containsExactly(List.of(0, 1, 3, 5), List.of(2, 4, 6));
    }

    @Test
    void a_row_runs_after_every_earlier_row_it_shares_any_key_with() {
        List<ArrayRows.Row> rows = List.of(row("a"), row("a", "x"), row("x", "y"), row("z"));

        assertThat(ArrayRows.executions(rows)).containsExactly(List.of(0, 3), List.of(1), List.of(2));
    }
}
