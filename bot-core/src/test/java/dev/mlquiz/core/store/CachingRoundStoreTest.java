package dev.mlquiz.core.store;

import dev.mlquiz.core.round.CachingRoundStore;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.round.RoundStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class CachingRoundStoreTest extends RoundStoreContract {
    @TempDir
    Path dir;

    Database db;
    RoundStore store;

    @BeforeEach
    void open() {
        db = StoreTestSupport.database(dir);
        store = new CachingRoundStore(StoreTestSupport.stores(db).rounds());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected RoundStore store() {
        return store;
    }
}
