package dev.mlquiz.store;

import dev.mlquiz.core.settings.SettingsStore;
import dev.mlquiz.core.settings.SettingsStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSettingsStoreTest extends SettingsStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected SettingsStore store() {
        return db.stores().settings();
    }
}
