package dev.mlquiz.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the scores are kept: a SQLite file (the default, any path) or a PostgreSQL server, named by a
 * {@code postgresql://user:password@host:5432/db} URL or a {@code jdbc:postgresql:} URL with
 * {@code MLQUIZ_DB_USER} and {@code MLQUIZ_DB_PASSWORD}. Anything else that looks like a URL is refused, so
 * a mistyped URL never becomes a folder of that name. Printing a location never shows its password.
 */
sealed interface DatabaseLocation {
    /** {@code scheme:} of two or more letters, or {@code ://} anywhere: not a path (a Windows drive has one letter). */
    Pattern LOOKS_LIKE_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*|.*://.*", Pattern.DOTALL);

    /** What people are told about this location: the file, or the server without its password. */
    String shown();

    /** A SQLite file that is not there: for a command that only reads, nothing to read. */
    default boolean missingFile() {
        return this instanceof SqliteFile sqlite && !Files.isRegularFile(sqlite.file());
    }

    record SqliteFile(Path file) implements DatabaseLocation {
        public SqliteFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String shown() {
            return file.toAbsolutePath().toString();
        }
    }

    record PostgresServer(String jdbcUrl, Optional<String> user, Optional<String> password)
            implements DatabaseLocation {
        public PostgresServer {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String shown() {
            return redacted(jdbcUrl) + user.map(u -> " as " + u).orElse("");
        }

        /** Never the password, whatever prints the record. */
        @Override
        public String toString() {
            return "PostgresServer[" + shown() + "]";
        }
    }

    /**
     * {@code MLQUIZ_DB}'s value as a location.
     *
     * @throws IllegalArgumentException with one line to show, which never includes a password
     */
    static DatabaseLocation parse(String value, Map<String, String> env) {
        String text = value.strip();
        Optional<String> envUser = AppConfig.value(env, "MLQUIZ_DB_USER");
        Optional<String> envPassword =
                Optional.ofNullable(env.get("MLQUIZ_DB_PASSWORD")).filter(p -> !p.isEmpty());
        if (text.startsWith("jdbc:postgresql:")) {
            return new PostgresServer(text, envUser, envPassword);
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return fromUrl(text, envUser, envPassword);
        }
        if (LOOKS_LIKE_URL.matcher(text).matches()) {
            throw new IllegalArgumentException("MLQUIZ_DB=" + redacted(text) + " is not a database mlquiz can use:"
                    + " give a SQLite file path, or a postgresql://user:password@host:5432/database URL.");
        }
        return new SqliteFile(Path.of(text));
    }

    private static PostgresServer fromUrl(String text, Optional<String> envUser, Optional<String> envPassword) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MLQUIZ_DB=" + redacted(text) + " is not a valid URL: " + e.getReason()
                    + ". Characters such as @ : / in a password are written %40 %3A %2F.");
        }
        String database = Optional.ofNullable(uri.getRawPath()).orElse("").replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException("MLQUIZ_DB=" + redacted(text)
                    + " needs a host and a database name, as in postgresql://user:password@host:5432/database.");
        }
        Optional<String> user = envUser;
        Optional<String> password = envPassword;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0])).filter(u -> !u.isEmpty());
            password = parts.length == 2 ? Optional.of(decode(parts[1])) : envPassword;
        }
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/"
                + database + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresServer(jdbcUrl, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The text with any password left out: the {@code user:password@} of a URL and a {@code password=} parameter. */
    static String redacted(String text) {
        return text.replaceAll("(://[^/@:]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
