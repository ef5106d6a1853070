package dev.mlquiz.app;

import dev.mlquiz.questions.bank.QuestionBank;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read once from the environment. Holds no secrets: tokens are read by the adapters that use them.
 *
 * @param databaseNote a line to say at start about where the scores are, when versions before the stable
 *     default left a {@code data/mlquiz.db} in the working directory and {@code MLQUIZ_DB} is not set
 */
record AppConfig(DatabaseLocation database, Optional<Path> packsDir, Optional<String> databaseNote) {
    static final Path OLD_DEFAULT_DATABASE = Path.of("data", "mlquiz.db");

    static AppConfig from(Map<String, String> env) {
        return from(env, Path.of("").toAbsolutePath());
    }

    /**
     * {@code MLQUIZ_DB} if set (a SQLite file or a PostgreSQL URL); else the stable default file, unless only
     * the old default (from before it) exists here: then that one, so an upgraded bot never starts on an
     * empty scoreboard beside its old scores.
     *
     * @throws IllegalArgumentException when {@code MLQUIZ_DB} names nothing mlquiz can use, with the line to show
     */
    static AppConfig from(Map<String, String> env, Path workingDirectory) {
        Optional<Path> packs = value(env, "MLQUIZ_PACKS_DIR").map(Path::of);
        Optional<String> configured = value(env, "MLQUIZ_DB");
        if (configured.isPresent()) {
            return new AppConfig(DatabaseLocation.parse(configured.get(), env), packs, Optional.empty());
        }
        Path stable = defaultDatabase(env);
        Optional<Path> old =
                Optional.of(workingDirectory.resolve(OLD_DEFAULT_DATABASE)).filter(Files::isRegularFile);
        if (old.isEmpty()) {
            return new AppConfig(new DatabaseLocation.SqliteFile(stable), packs, Optional.empty());
        }
        if (Files.exists(stable)) {
            return new AppConfig(
                    new DatabaseLocation.SqliteFile(stable),
                    packs,
                    Optional.of(old.get() + " is where older versions kept the scores, and it is no longer read: "
                            + stable + " exists. To use the old scores instead, set MLQUIZ_DB=" + old.get() + "."));
        }
        return new AppConfig(
                new DatabaseLocation.SqliteFile(old.get()),
                packs,
                Optional.of("using " + old.get() + ", where older versions kept the scores. To keep them in the"
                        + " same place whichever folder mlquiz starts from, stop mlquiz and move the file to " + stable
                        + "."));
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

    /** The bundled packs and the team's own, each pack skipped for a problem said on {@code err}. */
    QuestionBank loadBank(PrintStream err) {
        QuestionBank bank = QuestionBank.load(packsDir);
        bank.problems().forEach(p -> err.println("warning: pack skipped: " + p));
        return bank;
    }
}
