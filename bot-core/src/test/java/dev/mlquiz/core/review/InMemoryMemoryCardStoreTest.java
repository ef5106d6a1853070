package dev.mlquiz.core.review;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryMemoryCardStoreTest extends MemoryCardStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected MemoryCardStore store() {
        return storage.stores().memories();
    }
}
