package dev.mlquiz.store;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Totals used to include the answers of rounds still open. From here on they hold revealed rounds only,
 * so every team's totals are re-derived once, in its own time zone.
 */
final class V6__Totals_from_revealed_rounds extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (WriteContext write = new WriteContext(context.getConnection())) {
            ScoreTotals.rebuildAll(write);
        }
    }
}
