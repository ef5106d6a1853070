package dev.mlquiz.store;

import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.deck.DeckStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDeckStoreTest extends DeckStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected DeckStore store() {
        return db.stores().decks();
    }
}
