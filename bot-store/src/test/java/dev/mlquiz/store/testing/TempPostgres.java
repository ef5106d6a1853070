package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated PostgreSQL database per test, on the JVM's {@link PostgresServer}:
 * {@code @RegisterExtension TempPostgres db = new TempPostgres();}.
 */
public final class TempPostgres implements TestDatabase, BeforeEachCallback, AfterEachCallback {
    private PostgresStorage storage;
    private Database db;
    private QuizStores stores;

    @Override
    public void beforeEach(ExtensionContext context) {
        storage = PostgresStorage.fresh();
        open();
    }

    private void open() {
        db = storage.database();
        stores = JdbcStorage.stores(db);
    }

    @Override
    public void reopen() {
        db.close();
        open();
    }

    /** Where the database is, for a fixture's processes. */
    public PostgresStorage storage() {
        return storage;
    }

    @Override
    public Database openAnother() {
        return storage.database();
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public QuizStores stores() {
        return stores;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        db.close();
        PostgresServer.get().drop(storage);
    }
}
