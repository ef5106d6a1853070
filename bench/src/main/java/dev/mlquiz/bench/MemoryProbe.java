package dev.mlquiz.bench;

import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM started with the launcher's own options (jvm.options): the burst, then the leaderboards
 * over the big data set, as scenarios 1 and 2 run them; then prints its peak and current resident memory
 * and its heap, as {@code memory PEAK_KB RSS_KB HEAP_USED_BYTES HEAP_MAX_BYTES}.
 */
public final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path dataSet = Path.of(args[1]);
        QuestionBank bank = QuestionBank.bundled();
        new BurstScenario(BurstScenario.sqlite(dir), bank).core();
        try (Database db = Database.sqlite(dataSet)) {
            new LeaderboardScenario(bank).measure(db);
        }
        System.out.println("memory " + status("VmHWM:") + " " + status("VmRSS:") + " "
                + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + " "
                + Runtime.getRuntime().maxMemory());
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
