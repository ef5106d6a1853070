package dev.mlquiz.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link DeckStore} must do; one subclass per implementation. */
public abstract class DeckStoreContract {
    protected abstract DeckStore store();

    static final String DECK = "slack:T1/C1";
    static final DeckCard DRAWN = new DeckCard("q1", 7, 2, OptionalLong.of(5));
    static final DeckCard FRESH = new DeckCard("q2", -3, 0, OptionalLong.empty());

    /** Saves from the version just read, as a draw does. */
    boolean saveOver(String deck, List<DeckCard> cards) {
        return store().save(deck, store().load(deck).version(), cards);
    }

    @Test
    void a_deck_never_drawn_from_is_empty_at_version_zero() {
        assertThat(store().load(DECK)).isEqualTo(StoredDeck.empty());
    }

    @Test
    void a_deck_reads_back_as_saved() {
        assertThat(store().save(DECK, 0, List.of(DRAWN, FRESH))).isTrue();

        assertThat(store().load(DECK).cards()).containsExactlyInAnyOrder(DRAWN, FRESH);
    }

    @Test
    void saving_replaces_the_whole_deck() {
        saveOver(DECK, List.of(DRAWN, FRESH));
        DeckCard redrawn = new DeckCard("q2", 11, 1, OptionalLong.of(6));

        saveOver(DECK, List.of(redrawn));

        assertThat(store().load(DECK).cards()).containsExactly(redrawn);
        saveOver(DECK, List.of());
        assertThat(store().load(DECK).cards()).isEmpty();
    }

    @Test
    void decks_are_kept_apart() {
        saveOver(DECK, List.of(DRAWN));
        saveOver("slack:T1/C2", List.of(FRESH));

        assertThat(store().load(DECK).cards()).containsExactly(DRAWN);
        assertThat(store().load("slack:T1/C2").cards()).containsExactly(FRESH);
    }

    @Test
    void each_save_counts_one_version() {
        store().save(DECK, 0, List.of(DRAWN));
        store().save(DECK, 1, List.of(FRESH));
        store().save(DECK, 2, List.of());

        assertThat(store().load(DECK)).isEqualTo(new StoredDeck(List.of(), 3));
    }

    @Test
    void a_save_from_a_version_already_saved_over_is_refused_and_changes_nothing() {
        store().save(DECK, 0, List.of(DRAWN));
        StoredDeck read = store().load(DECK);
        assertThat(store().save(DECK, read.version(), List.of(FRESH))).isTrue();

        assertThat(store().save(DECK, read.version(), List.of(DRAWN, FRESH))).isFalse();

        assertThat(store().load(DECK)).isEqualTo(new StoredDeck(List.of(FRESH), 2));
    }

    @Test
    void a_new_deck_is_created_by_one_save_only() {
        assertThat(store().save(DECK, 0, List.of(DRAWN))).isTrue();

        assertThat(store().save(DECK, 0, List.of(FRESH))).isFalse();
        assertThat(store().load(DECK).cards()).containsExactly(DRAWN);
    }

    @Test
    void a_save_from_a_version_not_reached_yet_is_refused() {
        assertThat(store().save(DECK, 1, List.of(DRAWN))).isFalse();

        assertThat(store().load(DECK)).isEqualTo(StoredDeck.empty());
    }

    @Test
    void of_many_saves_from_one_version_at_once_exactly_one_wins() throws Exception {
        store().save(DECK, 0, List.of(FRESH));
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                DeckCard card = new DeckCard("q" + (10 + i), i, 1, OptionalLong.of(1));
                saves.add(pool.submit(() -> {
                    go.await();
                    return store().save(DECK, 1, List.of(FRESH, card));
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> save : saves) {
                won += save.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(store().load(DECK).version()).isEqualTo(2);
            assertThat(store().load(DECK).cards()).hasSize(2).contains(FRESH);
        } finally {
            pool.shutdownNow();
        }
    }
}
