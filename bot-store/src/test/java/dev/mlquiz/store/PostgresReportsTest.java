package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportStoreContract;
import dev.mlquiz.store.testing.TempPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresReportsTest extends ReportStoreContract {
    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Override
    protected ReportStore store() {
        return db.stores().reports();
    }

    /**
     * PostgreSQL's driver fetches a result a piece at a time only inside a transaction; outside one it loads
     * the whole result before the first row is handed over, and the session is idle by then.
     */
    @Test
    void the_export_reads_a_fetch_at_a_time_inside_a_transaction() {
        store().file(new Report(TEAM, "q1", ALICE, ReportReason.OTHER, "", T0), 10, Instant.EPOCH);

        List<String> exporterState = new ArrayList<>();
        store().forEach(report -> exporterState.addAll(db.database()
                .query(
                        "SELECT state FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND pid <> pg_backend_pid() AND query LIKE '%FROM question_reports ORDER BY%'",
                        row -> row.getString(1))));

        assertThat(exporterState).containsExactly("idle in transaction");
    }
}
