package dev.mlquiz.bench;

import dev.mlquiz.app.admin.Monitoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Run in a JVM started with the launcher's own options (jvm.options), with the admin endpoints serving:
 * the burst, then the leaderboards over the big data set, as scenarios 1 and 2 run them. Then prints
 * its peak and current resident memory, its heap, and the burst's pace under these options, as
 * {@code memory PEAK_KB RSS_KB HEAP_USED_BYTES HEAP_MAX_BYTES ANSWERS_PER_S P99_MS BOARD_COLD_P99_MS
 * BOARD_WARM_P99_MS} (the boards' slowest window).
 */
public final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path dataSet = Path.of(args[1]);
        QuestionBank bank = QuestionBank.bundled();
        BurstScenario.Outcome burst;
        Map<Window, LeaderboardScenario.Timings> boards;
        // The launcher's admin endpoints and meters, as with MLQUIZ_ADMIN_PORT, scraped once at the end.
        try (Database adminDb = BurstScenario.sqlite(dir).open("memory_admin");
                Monitoring monitoring = Monitoring.start(Map.of("MLQUIZ_ADMIN_PORT", "0"), adminDb)) {
            burst = new BurstScenario(BurstScenario.sqlite(dir), bank).core();
            try (Database db = Database.sqlite(dataSet)) {
                boards = new LeaderboardScenario(bank).measure(db);
            }
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(monitoring.url().orElseThrow() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
        System.out.println("memory " + status("VmHWM:") + " " + status("VmRSS:") + " "
                + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + " "
                + Runtime.getRuntime().maxMemory() + " " + Math.round(burst.answersPerSecond()) + " "
                + burst.latency().percentileMillis(99) + " " + worst(boards, LeaderboardScenario.Timings::cold) + " "
                + worst(boards, LeaderboardScenario.Timings::warm));
    }

    /** The slowest window's p99, in milliseconds. */
    private static double worst(
            Map<Window, LeaderboardScenario.Timings> boards, Function<LeaderboardScenario.Timings, Samples> which) {
        return boards.values().stream()
                .mapToDouble(timings -> which.apply(timings).percentileMillis(99))
                .max()
                .orElse(-1);
    }

    /** A line of /proc/self/status in kB, or -1 off Linux. */
    private static long status(String field) throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith(field))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1L);
    }
}
