package dev.mlquiz.core.store;

import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.AnswerStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class JdbcAnswerStoreTest extends AnswerStoreContract {
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
    protected AnswerStore store() {
        return StoreTestSupport.stores(db).answers();
    }
}
