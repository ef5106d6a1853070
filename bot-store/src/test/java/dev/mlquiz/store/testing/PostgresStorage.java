package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;

/** A fixture's state in a PostgreSQL database: each process opens its own {@link Database} on it. */
public record PostgresStorage(String jdbcUrl, String user, String password) implements FixtureStorage {
    /** A new migrated database on the test JVM's {@link PostgresServer}. */
    public static PostgresStorage fresh() {
        return PostgresServer.get().newDatabase();
    }

    /** One more process's connections to the database. */
    public Database database() {
        return Database.postgres(jdbcUrl, user, password);
    }

    @Override
    public Opened open() {
        Database db = database();
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
