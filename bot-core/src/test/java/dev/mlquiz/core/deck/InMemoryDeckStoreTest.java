package dev.mlquiz.core.deck;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryDeckStoreTest extends DeckStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected DeckStore store() {
        return storage.stores().decks();
    }
}
