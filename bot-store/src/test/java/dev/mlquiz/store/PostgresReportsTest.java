package dev.mlquiz.store;

import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresReportsTest extends ReportStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected ReportStore store() {
        return db.stores().reports();
    }
}
