package dev.mlquiz.store;

import dev.mlquiz.core.settings.SettingsStore;
import dev.mlquiz.core.settings.SettingsStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcSettingsStoreTest extends SettingsStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected SettingsStore store() {
        return db.stores().settings();
    }
}
