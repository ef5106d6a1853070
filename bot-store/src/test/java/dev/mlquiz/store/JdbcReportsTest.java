package dev.mlquiz.store;

import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportStoreContract;
import dev.mlquiz.store.testing.TempDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcReportsTest extends ReportStoreContract {
    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    @Override
    protected ReportStore store() {
        return db.stores().reports();
    }
}
