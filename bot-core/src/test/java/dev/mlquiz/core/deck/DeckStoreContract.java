package dev.mlquiz.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link DeckStore} must do; one subclass per implementation. */
public abstract class DeckStoreContract {
    protected abstract DeckStore store();

    static final DeckCard DRAWN = new DeckCard("q1", 7, 2, OptionalLong.of(5));
    static final DeckCard FRESH = new DeckCard("q2", -3, 0, OptionalLong.empty());

    @Test
    void a_deck_never_drawn_from_is_empty() {
        assertThat(store().load("slack:T1/C1")).isEmpty();
    }

    @Test
    void a_deck_reads_back_as_saved() {
        store().save("slack:T1/C1", List.of(DRAWN, FRESH));

        assertThat(store().load("slack:T1/C1")).containsExactlyInAnyOrder(DRAWN, FRESH);
    }

    @Test
    void saving_replaces_the_whole_deck() {
        store().save("slack:T1/C1", List.of(DRAWN, FRESH));
        DeckCard redrawn = new DeckCard("q2", 11, 1, OptionalLong.of(6));

        store().save("slack:T1/C1", List.of(redrawn));

        assertThat(store().load("slack:T1/C1")).containsExactly(redrawn);
        store().save("slack:T1/C1", List.of());
        assertThat(store().load("slack:T1/C1")).isEmpty();
    }

    @Test
    void decks_are_kept_apart() {
        store().save("slack:T1/C1", List.of(DRAWN));
        store().save("slack:T1/C2", List.of(FRESH));

        assertThat(store().load("slack:T1/C1")).containsExactly(DRAWN);
        assertThat(store().load("slack:T1/C2")).containsExactly(FRESH);
    }
}
