package dev.mlquiz.store;

import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.DeckStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDeckStoreTest extends DeckStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected DeckStore store() {
        return db.stores().decks();
    }
}
