package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBatchedUpdatesTest extends BatchedUpdatesContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected TestDatabase temp() {
        return db;
    }

    @Test
    void a_batch_waits_for_a_key_lock_another_process_holds_before_its_first_update() throws Exception {
        Future<Integer> locked;
        try (Connection holder = db.storage().connect()) {
            holder.setAutoCommit(false);
            try (Statement sql = holder.createStatement()) {
                sql.execute("SELECT pg_advisory_xact_lock(7)");
            }
            Future<Integer> plain = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "plain"));
            locked = queue(locked(7, INSERT_NEW, "console:b", "locked"));
            releaseTheWriter();
            awaitUntil(() -> db.storage().sessionsWaitingForLocks() == 1);

            assertThat(plain.isDone())
                    .as("in the same transaction as the locked one")
                    .isFalse();
            holder.commit();
            assertThat(plain.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(locked.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
