package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.store.testing.TempPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-player limit on reports holds across two processes on one PostgreSQL database. */
class PostgresReportLimitTest {
    static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    static final PlayerId ALICE = new PlayerId(Platform.SLACK, "U1");
    static final int LIMIT = 10;

    @RegisterExtension
    final TempPostgres db = new TempPostgres();

    @Test
    void simultaneous_reports_of_one_player_on_two_processes_never_pass_the_limit() throws Exception {
        ReportStore first = db.stores().reports();
        try (Database other = db.openAnother()) {
            ReportStore second = JdbcStorage.stores(other).reports();
            List<Callable<ReportStore.Filing>> filings = IntStream.range(0, 200)
                    .<Callable<ReportStore.Filing>>mapToObj(i -> () -> (i % 2 == 0 ? first : second)
                            .file(
                                    new Report(TEAM, "q" + i, ALICE, ReportReason.OTHER, "", T0.plusMillis(i)),
                                    LIMIT,
                                    T0))
                    .toList();
            ExecutorService threads = Executors.newFixedThreadPool(32);
            List<ReportStore.Filing> outcomes = new ArrayList<>();
            try {
                for (Future<ReportStore.Filing> outcome : threads.invokeAll(filings)) {
                    outcomes.add(outcome.get());
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(outcomes)
                    .filteredOn(f -> f != ReportStore.Filing.LIMITED)
                    .hasSize(LIMIT);
            assertThat(first.filedSince(ALICE, T0)).isEqualTo(LIMIT);
            assertThat(second.open(TEAM)).hasSize(LIMIT);
        }
    }
}
