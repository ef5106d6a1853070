package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.nio.file.Path;

/** A fixture's state in a SQLite file: each process opens its own {@link Database} on it. */
public record SqliteStorage(Path file) implements FixtureStorage {
    /** A file {@code mlquiz.db} in {@code dir}. */
    public static SqliteStorage in(Path dir) {
        return new SqliteStorage(dir.resolve("mlquiz.db"));
    }

    @Override
    public Opened open() {
        Database db = Database.sqlite(file);
        QuizStores stores = JdbcStorage.stores(db);
        return new Opened() {
            @Override
            public QuizStores stores() {
                return stores;
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }
}
