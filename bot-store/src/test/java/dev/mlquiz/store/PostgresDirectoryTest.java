package dev.mlquiz.store;

import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.DirectoryContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDirectoryTest extends DirectoryContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected Directory directory() {
        return db.stores().directory();
    }
}
