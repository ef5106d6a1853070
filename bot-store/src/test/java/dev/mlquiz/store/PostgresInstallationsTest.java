package dev.mlquiz.store;

import dev.mlquiz.core.install.Installations;
import dev.mlquiz.core.install.InstallationsContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresInstallationsTest extends InstallationsContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected Installations installations() {
        return JdbcStorage.installations(db.database());
    }
}
