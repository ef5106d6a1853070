package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseHealthTest {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    record Written(int units, Duration took) {}

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
        List<Written> written = new CopyOnWriteArrayList<>();
        db.observeWrites((units, took) -> written.add(new Written(units, took)));

        db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:ada", "Ada");
        db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:bob", "Bob");
        // The writer tells the observer once the callers have their answers.
        awaitUntil(() -> written.size() == 2);

        assertThat(written).extracting(Written::units).containsExactly(1, 1);
        assertThat(written).allMatch(write -> !write.took().isNegative());
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

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // a dead writer would leave the second update waiting
    void an_observer_that_fails_does_not_stop_the_writer() {
        Database db = temp.database();
        db.observeWrites((units, took) -> {
            throw new IllegalStateException("broken metrics");
        });

        db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:ada", "Ada");

        assertThat(db.update(GroupCommitWriterTest.INSERT_PLAYER, "console:bob", "Bob"))
                .isEqualTo(1);
    }
}
