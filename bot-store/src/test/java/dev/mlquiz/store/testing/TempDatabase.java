package dev.mlquiz.store.testing;

import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A migrated SQLite file per test: {@code @RegisterExtension TempDatabase db = new TempDatabase();}. */
public final class TempDatabase implements TestDatabase, BeforeEachCallback, AfterEachCallback {
    private Path dir;
    private Database db;
    private QuizStores stores;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("mlquiz-test");
        open();
    }

    private void open() {
        db = Database.sqlite(dir.resolve("test.db"));
        stores = JdbcStorage.stores(db);
    }

    /** Closes and reopens the same file, as a restart would. */
    @Override
    public void reopen() {
        db.close();
        open();
    }

    /** The database file, for a second process on it. */
    public Path file() {
        return dir.resolve("test.db");
    }

    @Override
    public Database openAnother() {
        return Database.sqlite(file());
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public QuizStores stores() {
        return stores;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
