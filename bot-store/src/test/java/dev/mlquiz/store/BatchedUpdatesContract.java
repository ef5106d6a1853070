package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.store.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Updates that the writer sends as one JDBC batch behave as if each had run alone, in queue order: each
 * caller gets its own update count, a failing update fails alone. One subclass per engine, since each
 * driver batches its own way.
 */
abstract class BatchedUpdatesContract {
    static final String INSERT_NEW =
            "INSERT INTO players (player_key, display_name) VALUES (?, ?)" + " ON CONFLICT (player_key) DO NOTHING";
    static final String INSERT = "INSERT INTO players (player_key, display_name) VALUES (?, ?)";
    static final String DELETE = "DELETE FROM players WHERE player_key = ?";

    protected abstract TestDatabase temp();

    private GroupCommitWriter writer;
    private CountDownLatch release;
    private final ExecutorService callers = Executors.newCachedThreadPool();

    /** Holds the writer busy, so that everything the test queues next commits in one batch. */
    @BeforeEach
    void holdTheWriter() throws Exception {
        writer = new GroupCommitWriter(temp().database().dataSource(), "test-writer");
        release = WriterHold.hold(writer);
    }

    @AfterEach
    void closeTheWriter() {
        release.countDown();
        writer.close();
        callers.shutdownNow();
    }

    /** Lets the writer go on with what the test queued, as one batch. */
    void releaseTheWriter() {
        release.countDown();
    }

    /** Queues {@code update} from a thread of its own and waits until it is in the writer's queue. */
    Future<Integer> queue(WriteContext.Unit<Integer> update) throws Exception {
        CountDownLatch queued = new CountDownLatch(1);
        Thread[] caller = new Thread[1];
        Future<Integer> result = callers.submit(() -> {
            caller[0] = Thread.currentThread();
            queued.countDown();
            return writer.write(update);
        });
        queued.await();
        awaitUntil(() -> caller[0].getState() == Thread.State.WAITING);
        return result;
    }

    private List<String> names() {
        return temp().database().query("SELECT display_name FROM players ORDER BY player_key", row -> row.getString(1));
    }

    /** An update after the lock of {@code key}, where the engine locks keys. */
    GroupCommitWriter.Update locked(long key, String sql, Object... parameters) {
        return new GroupCommitWriter.Update(
                temp().database().dialect().lockKeys().map(lockKeys -> new GroupCommitWriter.KeyLock(lockKeys, key)),
                sql,
                parameters);
    }

    @Test
    void updates_after_key_locks_batch_with_the_others_and_each_gets_its_own_count() throws Exception {
        Future<Integer> first = queue(locked(2, INSERT_NEW, "console:a", "first"));
        Future<Integer> plain = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "second"));
        Future<Integer> other = queue(locked(1, INSERT_NEW, "console:b", "other"));
        Future<Integer> sameKey = queue(locked(2, INSERT_NEW, "console:c", "same key"));
        release.countDown();

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), plain.get(), other.get(), sameKey.get()))
                .containsExactly(1, 0, 1, 1);
        assertThat(names()).containsExactly("first", "other", "same key");
    }

    @Test
    void each_update_of_a_batch_gets_its_own_count_in_queue_order() throws Exception {
        Future<Integer> first = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "first"));
        Future<Integer> again = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "second"));
        Future<Integer> other = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:b", "other"));
        Future<Integer> otherAgain = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:b", "other again"));
        release.countDown();

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), again.get(), other.get(), otherAgain.get()))
                .containsExactly(1, 0, 1, 0);
        assertThat(names()).containsExactly("first", "other");
    }

    @Test
    void updates_of_one_sql_are_not_moved_past_another_update_between_them() throws Exception {
        Future<Integer> inserted = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "first"));
        Future<Integer> deleted = queue(new GroupCommitWriter.Update(DELETE, "console:a"));
        Future<Integer> insertedAgain = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "again"));
        release.countDown();

        assertThat(List.of(inserted.get(10, TimeUnit.SECONDS), deleted.get(), insertedAgain.get()))
                .containsExactly(1, 1, 1);
        assertThat(names()).containsExactly("again");
    }

    @Test
    void a_failing_update_of_a_batch_fails_alone() throws Exception {
        Future<Integer> before = queue(new GroupCommitWriter.Update(INSERT, "console:a", "a"));
        Future<Integer> duplicate = queue(new GroupCommitWriter.Update(INSERT, "console:a", "a again"));
        Future<Integer> after = queue(new GroupCommitWriter.Update(INSERT, "console:b", "b"));
        release.countDown();

        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(duplicate::get).hasCauseInstanceOf(SQLException.class);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(names()).containsExactly("a", "b");
    }

    @Test
    void an_update_of_an_unread_table_commits_with_the_batch_it_was_queued_in() throws Exception {
        writer.updateUnreadTableLater(new GroupCommitWriter.Update(INSERT_NEW, "console:a", "a name"));
        Future<Integer> answer = queue(new GroupCommitWriter.Update(INSERT_NEW, "console:b", "b name"));
        release.countDown();

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        writer.awaitQueued();
        assertThat(names()).containsExactly("a name", "b name");
    }

    @Test
    void many_callers_at_once_each_get_their_own_count() throws Exception {
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String key = "console:p" + (i % 100);
            counts.add(callers.submit(() -> writer.write(new GroupCommitWriter.Update(INSERT_NEW, key, key))));
        }
        release.countDown();

        int inserted = 0;
        for (Future<Integer> count : counts) {
            inserted += count.get(10, TimeUnit.SECONDS);
        }
        assertThat(inserted).isEqualTo(100);
        assertThat(names()).hasSize(100);
    }
}
