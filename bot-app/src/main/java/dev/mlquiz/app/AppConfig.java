package dev.mlquiz.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings read once from the environment. Holds no secrets: tokens are read by the adapters that use them. */
record AppConfig(Path database, Optional<Path> packsDir) {
    static final Path DEFAULT_DATABASE = Path.of("data", "mlquiz.db");

    static AppConfig from(Map<String, String> env) {
        return new AppConfig(
                value(env, "MLQUIZ_DB").map(Path::of).orElse(DEFAULT_DATABASE),
                value(env, "MLQUIZ_PACKS_DIR").map(Path::of));
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
