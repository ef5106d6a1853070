package dev.mlquiz.core.round;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryRoundMessagesTest extends RoundMessagesContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected RoundMessages messages() {
        return storage.roundMessages();
    }
}
