package dev.mlquiz.core.install;

import dev.mlquiz.core.testing.InMemoryStorage;

class InMemoryInstallationsTest extends InstallationsContract {
    final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected Installations installations() {
        return storage.installations();
    }
}
