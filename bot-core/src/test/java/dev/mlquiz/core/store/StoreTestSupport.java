package dev.mlquiz.core.store;

import dev.mlquiz.core.quiz.QuizStores;
import java.nio.file.Path;

/** A migrated SQLite file per test. */
final class StoreTestSupport {
    private StoreTestSupport() {}

    static Database database(Path dir) {
        return Database.sqlite(dir.resolve("test.db"));
    }

    static QuizStores stores(Database db) {
        return JdbcStorage.stores(db);
    }
}
