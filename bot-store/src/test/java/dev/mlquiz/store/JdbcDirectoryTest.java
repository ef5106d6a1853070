package dev.mlquiz.store;

import dev.mlquiz.core.identity.Directory;
import dev.mlquiz.core.identity.DirectoryContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDirectoryTest extends DirectoryContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected Directory directory() {
        return db.stores().directory();
    }
}
