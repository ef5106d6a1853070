package dev.mlquiz.store;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * A SQLite file in WAL mode. Write transactions start IMMEDIATE so two writers queue on the busy timeout
 * instead of failing on a lock upgrade; checkpoints run in the background instead of inside a commit.
 */
public final class SqliteDialect implements Dialect {
    static final int AUTOCHECKPOINT_PAGES = 20_000;
    static final Duration CHECKPOINT_EVERY = Duration.ofMillis(500);

    private final Path file;

    public SqliteDialect(Path file) {
        this.file = file;
    }

    /** Creates the file's folder if needed; SQLite creates the file. */
    @Override
    public HikariConfig pool() {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for database " + file, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("mlquiz-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&transaction_mode=IMMEDIATE"
                // 64 MB of page cache per connection (SQLite's default is 2 MB): the totals' indexes stay hot.
                + "&cache_size=-65536&temp_store=MEMORY");
        // Checkpoints (copying the WAL back into the file, with an fsync) run on a background thread, not
        // inside a commit on the writer thread; the large automatic threshold is only a backstop.
        config.setConnectionInitSql("PRAGMA wal_autocheckpoint=" + AUTOCHECKPOINT_PAGES);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return config;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration";
    }

    /** SQLite's write transactions (IMMEDIATE) never overlap: what one reads, no other writer changes. */
    @Override
    public String lockRead() {
        return "";
    }

    @Override
    public String lockWrite() {
        return "";
    }

    @Override
    public String lockWriteOrSkip() {
        return "";
    }

    @Override
    public Optional<String> lockKeys() {
        return Optional.empty();
    }

    /** A passive checkpoint never waits for the writer; what it cannot copy now it copies next time. */
    @Override
    public Optional<Maintenance> maintenance() {
        return Optional.of(new Maintenance() {
            @Override
            public Duration every() {
                return CHECKPOINT_EVERY;
            }

            @Override
            public void run(Connection connection) throws SQLException {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            }
        });
    }
}
