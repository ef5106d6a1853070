package dev.mlquiz.core.identity;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryDirectoryTest extends DirectoryContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected Directory directory() {
        return storage.stores().directory();
    }
}
