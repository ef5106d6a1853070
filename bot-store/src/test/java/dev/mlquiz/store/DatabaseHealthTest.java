package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseHealthTest {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    final TempDatabase temp = new TempDatabase();

    @Test
    void an_open_database_is_reachable_and_a_closed_one_is_not() {
        Database db = temp.openAnother();

        assertThat(db.isReachable(PROBE_TIMEOUT)).isTrue();
        db.close();
        assertThat(db.isReachable(PROBE_TIMEOUT)).isFalse();
    }

    @Test
    void the_observer_is_told_each_transaction_with_its_units_and_time() {
        Database db = temp.database();
        List<Integer> units = new CopyOnWriteArrayList<>();
        List<Duration> took = new CopyOnWriteArrayList<>();
        db.observeWrites((count, duration) -> {
            units.add(count);
            took.add(duration);
        });

        db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:ada", "Ada");
        db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:bob", "Bob");

        assertThat(units).containsExactly(1, 1);
        assertThat(took).allMatch(duration -> !duration.isNegative());
    }

    @Test
    void queued_writes_count_down_to_none_once_committed() {
        Database db = temp.database();
        for (int i = 0; i < 50; i++) {
            db.updateLater(GroupCommitWriterTest.INSERT_PLAYER, "console:p" + i, "P" + i);
        }

        db.awaitQueuedUpdates();

        assertThat(db.queuedWrites()).isZero();
    }
}
