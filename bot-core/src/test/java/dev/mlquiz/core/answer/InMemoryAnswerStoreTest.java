package dev.mlquiz.core.answer;

import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryAnswerStoreTest extends AnswerStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected AnswerStore store() {
        return storage.stores().answers();
    }

    @Override
    protected RoundStore rounds() {
        return storage.stores().rounds();
    }
}
