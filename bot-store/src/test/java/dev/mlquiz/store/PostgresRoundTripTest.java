package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.deck.DeckCard;
import dev.mlquiz.store.testing.TempPostgres;
import dev.mlquiz.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Round trips on a PostgreSQL database, where another process's transaction may overlap a save. */
class PostgresRoundTripTest extends RoundTripContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected TestDatabase db() {
        return db;
    }

    @Test
    void a_deck_saved_while_another_process_replaces_it_ends_as_the_last_save() throws Exception {
        DeckCard a = new DeckCard("q1", 1, 0, OptionalLong.empty());
        DeckCard b = new DeckCard("q2", 2, 0, OptionalLong.empty());
        stores().decks().save("channel:a", List.of(a, b));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection other = db.storage().connect()) {
            // Another process replaces the deck; this save's DELETE waits for it, then finds its rows gone.
            other.setAutoCommit(false);
            try (Statement sql = other.createStatement()) {
                sql.executeUpdate("DELETE FROM deck_cards WHERE deck_key = 'channel:a'");
                sql.executeUpdate("INSERT INTO deck_cards (deck_key, question_id, position, times_drawn)"
                        + " VALUES ('channel:a', 'q1', 7, 1), ('channel:a', 'q2', 8, 1)");
            }
            DeckCard drawn = new DeckCard("q1", 5, 1, OptionalLong.of(1));
            Future<?> save = thread.submit(() -> stores().decks().save("channel:a", List.of(drawn, b)));
            awaitUntil(() -> save.isDone() || db.storage().sessionsWaitingForLocks() == 1);
            other.commit();

            save.get(10, TimeUnit.SECONDS);
            assertThat(stores().decks().load("channel:a")).containsExactlyInAnyOrder(drawn, b);
        } finally {
            thread.shutdownNow();
        }
    }
}
