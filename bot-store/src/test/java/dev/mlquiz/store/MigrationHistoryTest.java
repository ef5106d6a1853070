package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both engines have one migration history: every version exists for both, under the same description.
 * A new migration is two files, {@code db/migration/Vn__what.sql} for SQLite and
 * {@code db/migration-postgresql/Vn__what.sql} for PostgreSQL (or one Java migration for both, registered
 * in {@link Database}); a released file never changes, since Flyway checks every applied file's checksum.
 */
class MigrationHistoryTest {
    static final Set<String> JAVA_MIGRATIONS = Set.of(V6__Totals_from_revealed_rounds.class.getSimpleName());

    @Test
    void every_version_has_the_same_description_on_sqlite_and_on_postgresql() throws Exception {
        Set<String> sqlite = versions(new SqliteDialect(Path.of("unused")).migrations());
        Set<String> postgres = versions(new PostgresDialect("jdbc:postgresql://unused/db", null, null).migrations());

        assertThat(postgres).as("db/migration-postgresql").isEqualTo(sqlite);
        assertThat(sqlite).doesNotContainAnyElementsOf(JAVA_MIGRATIONS);
    }

    @Test
    void the_two_folders_do_not_overlap() throws Exception {
        // Flyway scans a location and everything under it: the PostgreSQL folder is a sibling, not a child.
        assertThat(folder("classpath:db/migration"))
                .isNotEqualTo(folder("classpath:db/migration-postgresql").getParent());
        assertThat(versions("classpath:db/migration")).hasSizeGreaterThanOrEqualTo(9);
    }

    private static Set<String> versions(String location) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder(location))) {
            return files.map(file -> file.getFileName().toString())
                    .map(name -> name.replaceFirst("\\.sql$", ""))
                    .collect(Collectors.toSet());
        }
    }

    private static Path folder(String location) throws URISyntaxException {
        String resource = location.substring("classpath:".length());
        return Path.of(MigrationHistoryTest.class
                .getClassLoader()
                .getResource(resource)
                .toURI());
    }
}
