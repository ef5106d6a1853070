package dev.mlquiz.store;

import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.testing.SqliteStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one SQLite file. */
class TwoInstancesTest extends TwoInstancesContract {
    @TempDir
    Path dir;

    @Override
    protected FixtureStorage storage() {
        return SqliteStorage.in(dir);
    }

    @Override
    protected Database openA() {
        return Database.sqlite(dir.resolve("mlquiz.db"));
    }
}
