package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** A connection of its own, outside any {@link Database}: to hold locks as another process would. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** How many sessions on this database wait for another transaction's lock right now. */
    public int sessionsWaitingForLocks() {
        try (Connection connection = connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
