package dev.mlquiz.core.round;

import dev.mlquiz.core.testing.InMemoryStorage;

class CachingRoundStoreTest extends RoundStoreContract {
    private final RoundStore store =
            new CachingRoundStore(new InMemoryStorage().stores().rounds());

    @Override
    protected RoundStore store() {
        return store;
    }
}
