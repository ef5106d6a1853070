package dev.mlquiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.testing.ManualDelayer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EditCoalescerTest {
    final ManualDelayer delayer = new ManualDelayer();
    final EditCoalescer coalescer = new EditCoalescer(delayer, Duration.ofSeconds(3));

    @Test
    void a_burst_of_requests_makes_one_edit_after_the_interval() {
        AtomicInteger edits = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            coalescer.request("round1", edits::incrementAndGet);
        }

        assertThat(edits).hasValue(0);
        assertThat(delayer.delays).containsExactly(Duration.ofSeconds(3));
        delayer.runAll();
        assertThat(edits).hasValue(1);
    }

    @Test
    void requests_after_an_edit_schedule_the_next_one() {
        AtomicInteger edits = new AtomicInteger();
        coalescer.request("round1", edits::incrementAndGet);
        delayer.runAll();

        coalescer.request("round1", edits::incrementAndGet);
        delayer.runAll();

        assertThat(edits).hasValue(2);
    }

    @Test
    void each_message_has_its_own_schedule() {
        AtomicInteger edits = new AtomicInteger();
        coalescer.request("round1", edits::incrementAndGet);
        coalescer.request("round2", edits::incrementAndGet);
        delayer.runAll();

        assertThat(edits).hasValue(2);
    }
}
