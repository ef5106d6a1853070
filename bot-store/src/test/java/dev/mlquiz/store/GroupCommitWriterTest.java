package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.store.testing.TempDatabase;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupCommitWriterTest {
    static final String INSERT_PLAYER = "INSERT INTO players (player_key, display_name) VALUES (?, ?)";

    @RegisterExtension
    final TempDatabase temp = new TempDatabase();

    int rows(Database db) {
        return db.queryOne("SELECT COUNT(*) FROM players", row -> row.getInt(1)).orElseThrow();
    }

    @Test
    void concurrent_writes_all_commit() throws Exception {
        Database db = temp.database();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String key = "console:p" + i;
            writes.add(pool.submit(
                    () -> db.update("INSERT INTO players (player_key, display_name) VALUES (?, ?)", key, key)));
        }
        for (Future<Integer> write : writes) {
            assertThat(write.get()).isEqualTo(1);
        }
        pool.shutdown();

        assertThat(rows(db)).isEqualTo(500);
    }

    @Test
    void a_failing_unit_is_rolled_back_alone_and_the_writer_keeps_going() {
        Database db = temp.database();
        db.update("INSERT INTO players (player_key, display_name) VALUES ('console:a', 'a')");

        assertThatThrownBy(() -> db.transaction(connection -> {
                    connection
                            .createStatement()
                            .executeUpdate("INSERT INTO players (player_key, display_name) VALUES ('console:b', 'b')");
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.transaction(connection -> {
                    throw new AssertionError("an error, not an exception");
                }))
                .isInstanceOf(AssertionError.class);
        db.update("INSERT INTO players (player_key, display_name) VALUES ('console:c', 'c')");

        assertThat(db.query("SELECT player_key FROM players ORDER BY player_key", row -> row.getString(1)))
                .containsExactly("console:a", "console:c");
    }

    @Test
    void a_unit_that_lost_a_race_with_another_transaction_runs_again_and_commits_once() {
        Database db = temp.database();
        AtomicInteger runs = new AtomicInteger();

        int inserted = db.transaction(connection -> {
            int written = connection
                    .createStatement()
                    .executeUpdate("INSERT INTO players (player_key, display_name) VALUES ('console:a', 'a')");
            if (runs.incrementAndGet() < 3) {
                throw new SQLException("deadlock detected", "40P01");
            }
            return written;
        });

        assertThat(inserted).isEqualTo(1);
        assertThat(runs).hasValue(3);
        assertThat(rows(db)).isEqualTo(1);
    }

    @Test
    void a_unit_that_keeps_losing_races_fails_after_a_few_tries() {
        Database db = temp.database();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> db.transaction(connection -> {
                    runs.incrementAndGet();
                    throw new SQLException("could not serialize access", "40001");
                }))
                .isInstanceOf(StorageException.class)
                .hasMessage("could not serialize access");
        assertThat(runs).hasValue(1 + GroupCommitWriter.TRANSIENT_RETRIES);
    }

    @Test
    void a_unit_failing_for_another_reason_runs_once() {
        Database db = temp.database();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> db.transaction(connection -> {
                    runs.incrementAndGet();
                    throw new SQLException("unique constraint", "23505");
                }))
                .isInstanceOf(StorageException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void in_a_batch_only_the_failing_units_fail() throws Exception {
        Database db = temp.database();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String key = "console:p" + i;
            boolean fails = i % 5 == 0;
            writes.add(pool.submit(() -> db.transaction(connection -> {
                connection
                        .createStatement()
                        .executeUpdate("INSERT INTO players (player_key, display_name) VALUES ('" + key + "', 'x')");
                if (fails) {
                    throw new IllegalStateException("unit " + key + " fails");
                }
                return 1;
            })));
        }
        int failed = 0;
        for (Future<Integer> write : writes) {
            try {
                write.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();

        assertThat(failed).isEqualTo(40);
        assertThat(rows(db)).isEqualTo(160);
    }

    void insertPlayer(GroupCommitWriter writer, String key) {
        writer.writeLater(context -> context.statement(INSERT_PLAYER, key, key).executeUpdate());
    }

    @Test
    void the_units_of_one_batch_share_each_statement_and_the_batch_closes_it() throws Exception {
        Database db = temp.database();
        GroupCommitWriter writer = new GroupCommitWriter(db.dataSource(), "test-writer");
        List<PreparedStatement> handedOut = new CopyOnWriteArrayList<>();
        // The first unit holds the writer, so the two queued behind it commit together, in one batch.
        CountDownLatch release = WriterHold.hold(writer);
        for (String key : List.of("console:a", "console:b")) {
            writer.writeLater(context -> {
                handedOut.add(context.statement(INSERT_PLAYER, key, key));
                handedOut.add(context.statement(INSERT_PLAYER, key, key));
                return handedOut.get(handedOut.size() - 1).executeUpdate();
            });
        }
        release.countDown();

        writer.awaitQueued();
        writer.close();

        assertThat(handedOut).hasSize(4).allSatisfy(statement -> assertThat(statement)
                .isSameAs(handedOut.get(0)));
        assertThat(handedOut.get(0).isClosed()).isTrue();
        assertThat(db.query("SELECT player_key FROM players ORDER BY player_key", row -> row.getString(1)))
                .containsExactly("console:a", "console:b");
    }

    @Test
    void a_unit_written_alone_commits_after_the_units_before_it_and_apart_from_those_after_it() throws Exception {
        Database db = temp.database();
        GroupCommitWriter writer = new GroupCommitWriter(db.dataSource(), "test-writer");
        List<WriteContext> transactions = new CopyOnWriteArrayList<>();
        CountDownLatch release = WriterHold.hold(writer);
        writer.writeLater(context -> {
            transactions.add(context);
            return context.statement(INSERT_PLAYER, "console:before", "x").executeUpdate();
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Thread[] alone = new Thread[1];
        Future<Integer> committedBefore = pool.submit(() -> {
            alone[0] = Thread.currentThread();
            return writer.writeAlone(context -> {
                transactions.add(context);
                return rows(db);
            });
        });
        // Waiting means queued: the unit is in the queue before its caller waits for it.
        awaitUntil(() -> alone[0] != null && alone[0].getState() == Thread.State.WAITING);
        insertPlayer(writer, "console:after");
        writer.writeLater(context -> transactions.add(context));
        release.countDown();

        assertThat(committedBefore.get(10, TimeUnit.SECONDS))
                .as("rows committed when it ran")
                .isEqualTo(1);
        writer.awaitQueued();
        writer.close();
        pool.shutdown();

        assertThat(transactions).hasSize(3);
        assertThat(transactions.get(1)).isNotSameAs(transactions.get(0)).isNotSameAs(transactions.get(2));
        assertThat(rows(db)).isEqualTo(2);
    }

    @Test
    void a_statement_handed_out_again_keeps_nothing_of_its_last_use() throws Exception {
        Database db = temp.database();

        int inserted = db.write(context -> {
            PreparedStatement insert = context.statement(INSERT_PLAYER);
            insert.setString(1, "console:dropped");
            insert.setString(2, "dropped");
            insert.addBatch();
            // Asked again before the batched row ran: the row and the bindings are gone.
            PreparedStatement again = context.statement(INSERT_PLAYER, "console:kept", "kept");
            return again.executeBatch().length + again.executeUpdate();
        });

        assertThat(inserted).isEqualTo(1);
        assertThat(db.query("SELECT player_key FROM players", row -> row.getString(1)))
                .containsExactly("console:kept");
    }

    @Test
    void a_unit_of_the_public_transaction_gets_a_plain_connection_and_owns_its_statements() throws Exception {
        Database db = temp.database();
        List<PreparedStatement> prepared = new ArrayList<>();

        db.transaction(connection -> {
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_PLAYER)) {
                    insert.setString(1, "console:p" + i);
                    insert.setString(2, "p" + i);
                    insert.executeUpdate();
                    prepared.add(insert);
                }
            }
            return null;
        });

        assertThat(prepared.get(0)).isNotSameAs(prepared.get(1));
        assertThat(prepared.get(0).isClosed()).isTrue();
        assertThat(rows(db)).isEqualTo(2);
    }

    @Test
    void close_commits_every_write_queued_before_it() {
        Database db = temp.database();
        GroupCommitWriter writer = new GroupCommitWriter(db.dataSource(), "test-writer");
        // Far more than one batch, queued faster than it commits: close finds most of them still queued.
        IntStream.range(0, 5 * GroupCommitWriter.MAX_BATCH).forEach(i -> insertPlayer(writer, "console:p" + i));

        writer.close();

        assertThat(rows(db)).isEqualTo(5 * GroupCommitWriter.MAX_BATCH);
    }

    @Test
    void closing_twice_is_harmless() {
        GroupCommitWriter writer = new GroupCommitWriter(temp.database().dataSource(), "test-writer");
        insertPlayer(writer, "console:a");

        writer.close();
        writer.close();

        assertThat(rows(temp.database())).isEqualTo(1);
    }

    @Test
    void a_write_after_close_is_refused_with_a_clear_exception() {
        GroupCommitWriter writer = new GroupCommitWriter(temp.database().dataSource(), "test-writer");
        writer.close();

        assertThatThrownBy(() -> insertPlayer(writer, "console:late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is closed");
        assertThatThrownBy(() -> writer.write(context -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is closed");
        assertThat(rows(temp.database())).isZero();
    }

    @Test
    void updates_queued_before_the_database_closes_are_there_after_a_restart() {
        Database db = temp.database();
        IntStream.range(0, 1_000)
                .forEach(i -> db.updateLater(
                        "INSERT INTO players (player_key, display_name) VALUES (?, ?)", "console:p" + i, "p" + i));

        temp.reopen();

        assertThat(rows(temp.database())).isEqualTo(1_000);
    }
}
