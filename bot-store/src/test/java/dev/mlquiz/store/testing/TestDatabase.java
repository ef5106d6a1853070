package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.store.Database;

/**
 * A migrated database per test, on one engine ({@link TempDatabase} for SQLite, {@link TempPostgres} for
 * PostgreSQL): what a test that runs on both engines asks of it.
 */
public interface TestDatabase {
    Database database();

    QuizStores stores();

    /** Closes and reopens the same database, as a restart would. */
    void reopen();

    /** Another process's connections to the same data; the caller closes them. */
    Database openAnother();
}
