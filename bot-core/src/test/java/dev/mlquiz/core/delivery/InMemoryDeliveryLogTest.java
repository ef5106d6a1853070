package dev.mlquiz.core.delivery;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryDeliveryLogTest extends DeliveryLogContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected DeliveryLog log() {
        return storage.deliveryLog();
    }
}
