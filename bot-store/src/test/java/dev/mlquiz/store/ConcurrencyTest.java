package dev.mlquiz.store;

import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.store.testing.SqliteStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Many clicks at once on a SQLite file. */
class ConcurrencyTest extends ConcurrencyContract {
    @TempDir
    Path dir;

    @Override
    protected FixtureStorage storage() {
        return SqliteStorage.in(dir);
    }
}
