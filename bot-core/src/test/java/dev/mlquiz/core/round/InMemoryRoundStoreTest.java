package dev.mlquiz.core.round;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryRoundStoreTest extends RoundStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected RoundStore store() {
        return storage.stores().rounds();
    }
}
