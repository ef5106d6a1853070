package dev.mlquiz.core.store;

import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.round.RoundStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class JdbcRoundStoreTest extends RoundStoreContract {
    @TempDir
    Path dir;

    Database db;

    @BeforeEach
    void open() {
        db = StoreTestSupport.database(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected RoundStore store() {
        return StoreTestSupport.stores(db).rounds();
    }
}
