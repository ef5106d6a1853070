package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
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

    /** A names write like the directory's; {@code rest} follows its "FROM input" (a WHERE, an ON CONFLICT). */
    private ArrayRows names(String rest) {
        return ArrayRows.of(
                        db.database().dialect(),
                        List.of("player_key", "display_name"),
                        List.of("text", "text"),
                        "INSERT INTO players (player_key, display_name) SELECT player_key, display_name FROM input "
                                + rest,
                        "player_key")
                .orElseThrow();
    }

    private Future<Integer> queueRow(ArrayRows write, String key, String name) throws Exception {
        return queue(new GroupCommitWriter.Rows(Optional.empty(), write, new ArrayRows.Row(List.of(key), key, name)));
    }

    private List<String> names() {
        return db.database().query("SELECT display_name FROM players ORDER BY player_key", row -> row.getString(1));
    }

    @Test
    void rows_of_one_write_in_a_batch_each_learn_whether_they_were_written() throws Exception {
        ArrayRows insertNew = names("ON CONFLICT (player_key) DO NOTHING");
        Future<Integer> first = queueRow(insertNew, "console:a", "first");
        Future<Integer> again = queueRow(insertNew, "console:a", "again");
        Future<Integer> other = queueRow(insertNew, "console:b", "other");
        releaseTheWriter();

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), again.get(), other.get()))
                .containsExactly(1, 0, 1);
        assertThat(names()).containsExactly("first", "other");
    }

    @Test
    void two_upserts_of_one_row_in_a_batch_both_count_and_the_last_wins() throws Exception {
        // One execution may not change a row twice: the second runs in an execution of its own.
        ArrayRows upsert = names("ON CONFLICT (player_key) DO UPDATE SET display_name = excluded.display_name");
        Future<Integer> first = queueRow(upsert, "console:a", "first");
        Future<Integer> renamed = queueRow(upsert, "console:a", "renamed");
        releaseTheWriter();

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), renamed.get())).containsExactly(1, 1);
        assertThat(names()).containsExactly("renamed");
    }

    @Test
    void a_failing_row_of_a_transaction_sent_in_one_round_trip_fails_alone() throws Exception {
        ArrayRows insertNew = names("ON CONFLICT (player_key) DO NOTHING");
        Future<Integer> before = queueRow(insertNew, "console:a", "a");
        Future<Integer> tooLong = queueRow(insertNew, "console:" + "x".repeat(200), "too long a key");
        Future<Integer> after = queueRow(insertNew, "console:b", "b");
        releaseTheWriter();

        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(tooLong::get).hasCauseInstanceOf(SQLException.class);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(names()).containsExactly("a", "b");
    }

    @Test
    void rows_of_one_execution_do_not_see_each_others_writes() throws Exception {
        // Why a row names what its SQL checks against other rows among its apart keys: here only the player.
        ArrayRows firstOfItsName = names("WHERE NOT EXISTS (SELECT 1 FROM players p"
                + " WHERE p.display_name = input.display_name) ON CONFLICT (player_key) DO NOTHING");
        Future<Integer> a = queueRow(firstOfItsName, "console:a", "same");
        Future<Integer> b = queueRow(firstOfItsName, "console:b", "same");
        releaseTheWriter();

        assertThat(List.of(a.get(10, TimeUnit.SECONDS), b.get())).containsExactly(1, 1);
    }

    @Test
    void a_batch_waiting_for_one_of_its_key_locks_holds_none_of_the_others() throws Exception {
        // Were its runs to lock one after the other, it would hold key 2 while waiting for key 1, and two
        // processes locking the same keys in other runs could wait on each other (a deadlock).
        try (Connection holder = db.storage().connect();
                Connection probe = db.storage().connect()) {
            holder.setAutoCommit(false);
            try (Statement sql = holder.createStatement()) {
                sql.execute("SELECT pg_advisory_xact_lock(1)");
            }
            Future<Integer> first = queue(locked(2, INSERT_NEW, "console:a", "first run"));
            Future<Integer> second = queue(locked(1, DELETE, "console:b"));
            releaseTheWriter();
            awaitUntil(() -> db.storage().sessionsWaitingForLocks() == 1);

            try (Statement sql = probe.createStatement();
                    ResultSet taken = sql.executeQuery("SELECT pg_try_advisory_lock(2)")) {
                taken.next();
                assertThat(taken.getBoolean(1))
                        .as("key 2 is free while the batch waits")
                        .isTrue();
                sql.execute("SELECT pg_advisory_unlock(2)");
            }
            holder.commit();
            assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)))
                    .containsExactly(1, 0);
        }
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
