package dev.mlquiz.store;

import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.InstallationsContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcInstallationsTest extends InstallationsContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected Installations installations() {
        return JdbcStorage.installations(db.database());
    }
}
