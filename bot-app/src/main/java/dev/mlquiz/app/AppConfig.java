package dev.mlquiz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read once from the environment. Holds no secrets: tokens are read by the adapters that use them.
 *
 * @param oldDefaultDatabase {@code data/mlquiz.db} in the working directory, where versions before the stable
 *     default kept the scores, when it exists and {@code MLQUIZ_DB} is not set: it is no longer read
 */
record AppConfig(Path database, Optional<Path> packsDir, Optional<Path> oldDefaultDatabase) {
    static final Path OLD_DEFAULT_DATABASE = Path.of("data", "mlquiz.db");

    static AppConfig from(Map<String, String> env) {
        return from(env, Path.of("").toAbsolutePath());
    }

    static AppConfig from(Map<String, String> env, Path workingDirectory) {
        Optional<Path> configured = value(env, "MLQUIZ_DB").map(Path::of);
        Optional<Path> oldDefault = configured.isPresent()
                ? Optional.empty()
                : Optional.of(workingDirectory.resolve(OLD_DEFAULT_DATABASE)).filter(Files::isRegularFile);
        return new AppConfig(
                configured.orElseGet(() -> defaultDatabase(env)),
                value(env, "MLQUIZ_PACKS_DIR").map(Path::of),
                oldDefault);
    }

    /**
     * {@code $XDG_DATA_HOME/mlquiz/mlquiz.db}, else {@code ~/.local/share/mlquiz/mlquiz.db}: the same file
     * whichever folder mlquiz is started from. A relative XDG_DATA_HOME is ignored, as the XDG spec asks.
     */
    static Path defaultDatabase(Map<String, String> env) {
        Path dataHome = value(env, "XDG_DATA_HOME")
                .map(Path::of)
                .filter(Path::isAbsolute)
                .orElseGet(() -> home(env).resolve(".local").resolve("share"));
        return dataHome.resolve("mlquiz").resolve("mlquiz.db");
    }

    private static Path home(Map<String, String> env) {
        return value(env, "HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
