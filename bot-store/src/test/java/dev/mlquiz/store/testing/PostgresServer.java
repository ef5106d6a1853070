package dev.mlquiz.store.testing;

import dev.mlquiz.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (its binaries come in a jar: no installed server, no Docker),
 * started on first use and stopped by the JVM's shutdown hook. Each test gets a database of its own,
 * copied from a template migrated once, which takes milliseconds instead of a migration per test.
 *
 * <p>The tests log in as {@link #USER} with a password (scram-sha-256), as the bot would, not as the
 * superuser. Where the server can, databases compare text linguistically (ICU, en-US) as most
 * installations do, so SQL that relies on the C collation fails here too.
 */
public final class PostgresServer {
    public static final String USER = "mlquiz";
    public static final String PASSWORD = "test-password";
    private static final String TEMPLATE = "mlquiz_template";

    private static PostgresServer instance;

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The server, started and the template migrated on the first call. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static PostgresServer start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true) // stopped when the test JVM exits
                    // A test database needs no durability: it is thrown away.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "300")
                    .setDataDirectoryCustomizer(dir -> {
                        try {
                            Files.writeString(
                                    dir.toPath().resolve("pg_hba.conf"),
                                    "local all all trust\n"
                                            + "host all postgres 127.0.0.1/32 trust\n"
                                            + "host all postgres ::1/128 trust\n"
                                            + "host all all 127.0.0.1/32 scram-sha-256\n"
                                            + "host all all ::1/128 scram-sha-256\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
            PostgresServer started = new PostgresServer(server);
            started.createTemplate();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private void createTemplate() {
        admin("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        createEmpty(TEMPLATE);
        Database.postgres(jdbcUrl(TEMPLATE), USER, PASSWORD).close();
    }

    private void createEmpty(String name) {
        admin("CREATE DATABASE " + name + " OWNER " + USER
                + (icu() ? " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'" : ""));
    }

    private boolean icu() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM pg_collation WHERE collprovider = 'i'")) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new database with the schema migrated, owned by {@link #USER}. */
    public PostgresStorage newDatabase() {
        String name = "test" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER " + USER + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
        return new PostgresStorage(jdbcUrl(name), USER, PASSWORD);
    }

    /** A new database without a schema, for a test that migrates it step by step. */
    public PostgresStorage newEmptyDatabase() {
        String name = "test" + databases.incrementAndGet();
        createEmpty(name);
        return new PostgresStorage(jdbcUrl(name), USER, PASSWORD);
    }

    /** Drops a database from {@link #newDatabase}, even if connections to it are still open. */
    public void drop(PostgresStorage database) {
        String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The URL of database {@code name} on this server, without credentials. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }

    /** Runs {@code sql} as the superuser. */
    public void admin(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
