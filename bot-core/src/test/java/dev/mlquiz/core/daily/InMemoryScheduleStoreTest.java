package dev.mlquiz.core.daily;

import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryScheduleStoreTest extends ScheduleStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected ScheduleStore store() {
        return storage.stores().schedules();
    }

    @Override
    protected RoundMessages messages() {
        return storage.roundMessages();
    }
}
