package dev.mlquiz.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.postgresql.Driver;

/**
 * A PostgreSQL database (14 or later) on a server that several mlquiz processes may share. Transactions
 * run at READ COMMITTED: what must be atomic across processes is one statement, or holds row locks (see
 * {@link #lockRead}), never a snapshot.
 *
 * <p>The credentials are given apart from the URL and go only to the driver: no message of this class
 * contains them. Opening fails fast with a {@link StorageException} whose message is one line naming the
 * database, the server and the user, and the server's reason (a wrong password, an unknown database, a
 * host that does not answer).
 */
public final class PostgresDialect implements Dialect {
    /** Readers share the pool; every write goes through the one writer connection. */
    static final int POOL_SIZE = 10;
    /** Seconds to wait for the server to accept a connection. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** How the server lists our connections (pg_stat_activity). */
    static final String APPLICATION_NAME = "mlquiz";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    /**
     * {@code jdbcUrl} is a {@code jdbc:postgresql:} URL without credentials (a URL ends up in other
     * libraries' logs); they come as {@code user} and {@code password}.
     */
    public PostgresDialect(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Connects once first, so an unreachable database is one clear {@link StorageException}. */
    @Override
    public HikariConfig pool() {
        checkConnects();
        HikariConfig config = new HikariConfig();
        config.setPoolName("mlquiz-postgresql");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        connectionProperties().forEach((key, value) -> config.addDataSourceProperty((String) key, value));
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        return config;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration-postgresql";
    }

    /**
     * FOR SHARE: an answer's insert reads its round as open and keeps it so until it commits; a close in
     * another process waits for that commit, then sees the answer (and adds it to the totals).
     */
    @Override
    public String lockRead() {
        return " FOR SHARE";
    }

    /** FOR UPDATE: two processes continuing one time-zone change take its chunks in turn, never the same. */
    @Override
    public String lockWrite() {
        return " FOR UPDATE";
    }

    /** FOR UPDATE SKIP LOCKED: resuming a change leaves a chunk another process is running to it. */
    @Override
    public String lockWriteOrSkip() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /**
     * Transaction-scoped advisory locks (pg_advisory_xact_lock): released at commit or rollback, never
     * left behind by a failed unit. unnest keeps the array's order.
     */
    @Override
    public Optional<String> lockKeys() {
        return Optional.of("SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k");
    }

    /**
     * unnest of several arrays zips them into rows, the first element of each, then the second, and so on.
     * Text comes out in the "C" collation of every text column here (V1), so comparing it with them uses
     * their indexes instead of failing on two collations.
     */
    @Override
    public Optional<String> rowsFromArrays(List<String> columns, List<String> types) {
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            selected.add(
                    "u." + columns.get(i) + (types.get(i).equals("text") ? " COLLATE \"C\" AS " + columns.get(i) : ""));
        }
        return Optional.of("SELECT " + String.join(", ", selected) + ", u.ordinal FROM unnest("
                + types.stream().map(type -> "?::" + type + "[]").collect(Collectors.joining(", "))
                + ") WITH ORDINALITY AS u(" + String.join(", ", columns) + ", ordinal)");
    }

    /** PostgreSQL's driver fetches a result in pieces only inside a transaction; otherwise it loads it whole. */
    @Override
    public void streamReads(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        return properties;
    }

    private void checkConnects() {
        Properties properties = connectionProperties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection;
        try {
            connection = new Driver().connect(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new StorageException("cannot connect to " + describe() + ": " + reason(e), e);
        }
        if (connection == null) {
            throw new StorageException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)", null);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Connecting worked, which is all this checks.
        }
    }

    /** The database, server and user, from the URL and never with the password. */
    String describe() {
        Properties url = Driver.parseURL(jdbcUrl, new Properties());
        if (url == null) {
            return "the PostgreSQL database (not a valid jdbc:postgresql: URL)";
        }
        String as = user != null ? user : url.getProperty("user");
        return "PostgreSQL database \"" + url.getProperty("PGDBNAME") + "\" on "
                + url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT")
                + (as == null ? "" : " as \"" + as + "\"");
    }

    /** The messages along the cause chain (an unknown host is only named by the cause), on one line. */
    private static String reason(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
            if (parts.stream().noneMatch(p -> p.contains(line))) {
                parts.add(line);
            }
        }
        return String.join(": ", parts);
    }
}
