package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.store.testing.TempDatabase;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupCommitWriterTest {
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
        writer.writeLater(connection -> {
            try (PreparedStatement insert = Database.prepare(
                    connection, "INSERT INTO players (player_key, display_name) VALUES (?, ?)", key, key)) {
                return insert.executeUpdate();
            }
        });
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
        assertThatThrownBy(() -> writer.write(connection -> null))
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
