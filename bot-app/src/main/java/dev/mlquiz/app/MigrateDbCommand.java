package dev.mlquiz.app;

import dev.mlquiz.store.Database;
import dev.mlquiz.store.DatabaseCopy;
import dev.mlquiz.store.StorageException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code mlquiz migrate-db FROM TO}: moves a community's whole history (a SQLite file to PostgreSQL, say)
 * into a new, empty database, and checks every table's count. Stop every mlquiz process using FROM first.
 * A copy that fails leaves TO as it was: one line says why, and it can be run again.
 */
final class MigrateDbCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    MigrateDbCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() != 2) {
            err.println("usage: mlquiz migrate-db FROM TO   (each a SQLite file or a postgresql:// URL)");
            return 2;
        }
        DatabaseLocation from;
        DatabaseLocation to;
        try {
            from = DatabaseLocation.parse(args.get(0), env);
            to = DatabaseLocation.parse(args.get(1), env);
        } catch (IllegalArgumentException e) {
            err.println("mlquiz: " + e.getMessage());
            return 1;
        }
        if (from.missingFile()) {
            err.println("mlquiz: " + from.shown() + " does not exist: nothing to copy");
            return 1;
        }
        if (from.equals(to)) {
            err.println("mlquiz: FROM and TO are the same database");
            return 1;
        }
        try (Database source = Databases.open(from);
                Database target = Databases.open(to)) {
            DatabaseCopy.Copied copied = DatabaseCopy.copy(source, target);
            copied.rows().forEach((table, rows) -> out.printf("  %-20s %d%n", table, rows));
            out.println("copied " + copied.total() + " records from " + from.shown() + " to " + to.shown()
                    + "; every table's count matches.");
            return 0;
        } catch (Databases.CannotOpen | IllegalStateException | StorageException e) {
            // A driver's message may run over several lines (a detail, a hint): the first says what failed.
            err.println("mlquiz: " + DatabaseProblem.firstLine(e));
            return 1;
        }
    }
}
