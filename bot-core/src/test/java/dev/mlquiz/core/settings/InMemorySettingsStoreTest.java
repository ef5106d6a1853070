package dev.mlquiz.core.settings;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemorySettingsStoreTest extends SettingsStoreContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected SettingsStore store() {
        return storage.stores().settings();
    }
}
