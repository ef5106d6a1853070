package dev.mlquiz.bench;

import dev.mlquiz.core.score.Window;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark suite: {@code mvn -B -Pbench -DskipTests verify}. Prints a table of measurements against
 * the targets and writes it to {@code bench/target/bench-results.md}. Not a test: nothing fails on timing.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path classpathFile = Path.of(args[1]);
        QuestionBank bank = QuestionBank.bundled();
        Results results = new Results();
        String machine = machine();
        System.out.println("mlquiz benchmarks on " + machine);

        // -Dbench.only=burst|pgburst|slack|leaderboard|pgleaderboard|pgzonechange|startup|memory|zonechange|pictures
        // runs one scenario and prints its rows only.
        String only = System.getProperty("bench.only", "");
        // The suite runs each burst in a JVM of its own, as JMH forks one per benchmark: in one JVM, the
        // scenarios before a burst compile the same answer path against another driver and other data, and the
        // burst then measures code that a bot on one engine never runs (see BENCHMARKS.md, fifth session).
        if (only.isEmpty()) {
            forked("burst", dir, classpathFile, results);
        } else if (only.equals("burst")) {
            burst(BurstScenario.sqlite(dir), "1. burst", 0.8, bank, results);
        }
        if (only.isEmpty() || only.equals("slack")) {
            slackClicks(dir, bank, results);
        }
        if (only.isEmpty() || only.equals("leaderboard")) {
            leaderboards(dir, bank, results);
            System.gc();
            double heapMb =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
            results.check("4. memory", "heap used after scenario 2 (after GC)", heapMb, " MB", "<=", 150);
            results.add("4. memory", "process RSS", Results.format(rssMb()) + " MB");
        }
        // After the SQLite scenarios, so that their heap and RSS rows stay comparable with earlier runs.
        if (only.isEmpty()) {
            forked("pgburst", dir, classpathFile, results);
        }
        boolean pgBurst = only.equals("pgburst");
        boolean pgBoards = only.isEmpty() || only.equals("pgleaderboard");
        boolean pgZoneChange = only.isEmpty() || only.equals("pgzonechange");
        if (pgBurst || pgBoards || pgZoneChange) {
            try (BenchPostgres server = BenchPostgres.start(dir.resolve("postgresql-18"))) {
                if (pgBurst) {
                    results.add(burstName("1b. burst on PostgreSQL"), "server settings", BenchPostgres.SETTINGS);
                    burst(BurstScenario.postgres(server), "1b. burst on PostgreSQL", 1.0, bank, results);
                }
                if (pgBoards) {
                    postgresLeaderboards(server, bank, results);
                }
                if (pgZoneChange) {
                    String name = "6b. time-zone change on PostgreSQL: " + LeaderboardScenario.ANSWERS + " answers, "
                            + ZoneChangeScenario.THREADS + " threads answering";
                    results.add(name, "server settings", BenchPostgres.SETTINGS);
                    zoneChange(
                            name,
                            ZoneChangeScenario.onPostgres(
                                    server, new LeaderboardScenario(bank).postgresDataSet(server)),
                            results);
                }
            }
        }
        if (only.isEmpty() || only.equals("startup")) {
            startup(dir, classpathFile, results);
        }
        if (only.isEmpty() || only.equals("memory")) {
            memory(dir, classpathFile, bank, results);
        }
        if (only.isEmpty() || only.equals("zonechange")) {
            zoneChange(dir, bank, results);
        }
        if (only.isEmpty() || only.equals("pictures")) {
            pictures(results);
        }
        String rowsFile = System.getProperty("bench.rows", "");
        if (!rowsFile.isEmpty()) {
            results.writeTo(Path.of(rowsFile)); // for the suite that forked this JVM, which prints them
            return;
        }
        String table = results.table();
        System.out.println(table);
        if (only.isEmpty()) {
            Files.writeString(dir.resolveSibling("bench-results.md"), "Machine: " + machine + "\n\n" + table);
        }
    }

    /**
     * Runs scenario {@code only} in a new JVM with this one's options and class path, and adds its rows. Its
     * output passes through, so a failure shows where it happened.
     */
    private static void forked(String only, Path dir, Path classpathFile, Results results) throws Exception {
        Path rows = Files.createTempFile(dir, only, ".rows");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of(
                "-Dbench.only=" + only,
                "-Dbench.rows=" + rows,
                "-cp",
                System.getProperty("java.class.path"),
                Benchmarks.class.getName(),
                dir.toString(),
                classpathFile.toString()));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the forked " + only + " scenario failed with exit code " + exit);
        }
        results.readFrom(rows);
        Files.delete(rows);
    }

    private static void leaderboards(Path dir, QuestionBank bank, Results results) throws Exception {
        LeaderboardScenario leaderboards = new LeaderboardScenario(bank);
        long generation = System.nanoTime();
        Path dataSet = leaderboards.sqliteDataSet(dir);
        String boardName = "2. leaderboards: " + LeaderboardScenario.PLAYERS + " players, "
                + LeaderboardScenario.ANSWERS + " answers";
        results.add(boardName, "data set ready in", Results.format((System.nanoTime() - generation) / 1e9) + " s");
        LeaderboardScenario.readThrough(dataSet);
        try (Database db = Database.sqlite(dataSet)) {
            boards(boardName, leaderboards.measure(db), results);
        }
    }

    private static void postgresLeaderboards(BenchPostgres server, QuestionBank bank, Results results)
            throws Exception {
        LeaderboardScenario leaderboards = new LeaderboardScenario(bank);
        long generation = System.nanoTime();
        String dataSet = leaderboards.postgresDataSet(server);
        String boardName = "2b. leaderboards on PostgreSQL: " + LeaderboardScenario.PLAYERS + " players, "
                + LeaderboardScenario.ANSWERS + " answers";
        results.add(boardName, "server settings", BenchPostgres.SETTINGS);
        results.add(boardName, "data set ready in", Results.format((System.nanoTime() - generation) / 1e9) + " s");
        LeaderboardScenario.readThrough(server.files(dataSet));
        try (Database db = server.open(dataSet)) {
            boards(boardName, leaderboards.measure(db), results);
        }
    }

    private static void boards(String boardName, Map<Window, LeaderboardScenario.Timings> timings, Results results) {
        for (Map.Entry<Window, LeaderboardScenario.Timings> entry : timings.entrySet()) {
            String window = entry.getKey().id();
            Samples cold = entry.getValue().cold();
            Samples warm = entry.getValue().warm();
            results.add(boardName, window + " cold p50", Results.format(cold.percentileMillis(50)) + " ms");
            results.check(boardName, window + " cold p99", cold.percentileMillis(99), " ms", "<=", 50);
            results.add(boardName, window + " warm p50", Results.format(warm.percentileMillis(50)) + " ms");
            results.check(boardName, window + " warm p99", warm.percentileMillis(99), " ms", "<=", 1);
        }
    }

    private static void zoneChange(Path dir, QuestionBank bank, Results results) throws Exception {
        ZoneChangeScenario.Outcome outcome =
                new ZoneChangeScenario(dir).run(new LeaderboardScenario(bank).sqliteDataSet(dir));
        String name = "6. time-zone change: " + LeaderboardScenario.ANSWERS + " answers, " + ZoneChangeScenario.THREADS
                + " threads answering";
        zoneChange(name, outcome, results);
    }

    private static void zoneChange(String name, ZoneChangeScenario.Outcome outcome, Results results) {
        results.add(name, "rebuild", Results.format(outcome.rebuildSeconds()) + " s");
        results.add(
                name,
                "answers during the rebuild",
                Integer.toString(outcome.answers().count()));
        results.add(name, "answer p99", Results.format(outcome.answers().percentileMillis(99)) + " ms");
        results.check(name, "answer max", outcome.answers().maxMillis(), " ms", "<=", 100);
    }

    private static void pictures(Results results) {
        PictureScenario.Outcome outcome = new PictureScenario().run();
        String name = "8. leaderboard cards: 10 rows, every board different, " + PictureScenario.RENDERS + " renders";
        results.add(name, "first card (fonts loaded)", Results.format(outcome.firstMillis()) + " ms");
        results.add(name, "PNG size", Results.format(outcome.pngBytes() / 1024.0) + " KB");
        results.add(name, "render p50", Results.format(outcome.renders().percentileMillis(50)) + " ms");
        results.check(name, "render p99", outcome.renders().percentileMillis(99), " ms", "<=", 50);
    }

    private static void memory(Path dir, Path classpathFile, QuestionBank bank, Results results) throws Exception {
        Path dataSet = new LeaderboardScenario(bank).sqliteDataSet(dir);
        MemoryScenario.Outcome outcome = new MemoryScenario(dir, classpathFile).run(dataSet);
        String name = "7. memory under the launcher's options: burst, then leaderboards";
        results.add(name, "JVM options (jvm.options)", String.join(" ", outcome.options()));
        results.check(name, "peak RSS", outcome.peakMb(), " MB", "<=", 200);
        results.add(name, "RSS at the end", Results.format(outcome.rssMb()) + " MB");
        results.add(
                name,
                "heap used / max at the end",
                Results.format(outcome.heapUsedMb()) + " / " + Results.format(outcome.heapMaxMb()) + " MB");
        results.add(
                name,
                "burst answers/s, answer p99 (these options)",
                Results.format(outcome.answersPerSecond()) + ", " + Results.format(outcome.answerP99Millis()) + " ms");
        results.add(
                name,
                "leaderboard cold / warm p99, slowest window (these options)",
                Results.format(outcome.boardColdP99Millis()) + " / " + Results.format(outcome.boardWarmP99Millis())
                        + " ms");
    }

    private static void startup(Path dir, Path classpathFile, Results results) throws Exception {
        StartupScenario startup = new StartupScenario(dir, classpathFile);
        results.check(
                "3. start-up",
                "JVM start to ready (median of " + StartupScenario.RUNS + ")",
                startup.readyMillis(),
                " ms",
                "<=",
                1500);
        results.add(
                "3. start-up",
                "console to first prompt (median of " + StartupScenario.RUNS + ")",
                Results.format(startup.consolePromptMillis()) + " ms");
    }

    private static void burst(
            BurstScenario.FreshDatabase databases, String name, double ratioTarget, QuestionBank bank, Results results)
            throws Exception {
        BurstScenario.Comparison burst = new BurstScenario(databases, bank).compare();
        BurstScenario.Runs core = burst.core();
        BurstScenario.Runs raw = burst.raw();
        String burstName = burstName(name);
        results.add(burstName, "core answers/s (median of runs)", Results.format(core.medianAnswersPerSecond()));
        results.add(
                burstName, "raw JDBC inserts/s (1 tx per row, median)", Results.format(raw.medianAnswersPerSecond()));
        results.check(burstName, "ratio core/raw", burst.ratio(), "", ">=", ratioTarget);
        Samples latency = core.latency();
        results.add(burstName, "answer p50 (all runs)", Results.format(latency.percentileMillis(50)) + " ms");
        results.check(burstName, "answer p99 (all runs)", latency.percentileMillis(99), " ms", "<=", 5);
        results.add(burstName, "answer max", Results.format(latency.maxMillis()) + " ms");
        Samples rawLatency = raw.latency();
        results.add(
                burstName,
                "raw insert p50 / p99",
                Results.format(rawLatency.percentileMillis(50)) + " / "
                        + Results.format(rawLatency.percentileMillis(99)) + " ms");
        results.add(burstName, "each run's answers/s, core; raw", rates(core) + "; " + rates(raw));
        results.add(burstName, "warm-up rounds, core / raw", core.warmUps() + " / " + raw.warmUps());
        results.add(
                burstName,
                "JIT compiling while measured, core / raw",
                core.jitMillis() + " / " + raw.jitMillis() + " ms");
        results.add(burstName, "CPU per answer: JVM / database server, core", cpu(core));
        results.add(
                burstName,
                "core's writer: busy per answer / units per transaction",
                Results.format(core.median(BurstScenario.Outcome::writerBusyMicrosPerAnswer)) + " us / "
                        + Results.format(core.median(BurstScenario.Outcome::unitsPerTransaction)));
        results.add(burstName, "CPU per answer: JVM / database server, raw", cpu(raw));
    }

    private static String rates(BurstScenario.Runs runs) {
        return runs.outcomes().stream()
                .map(outcome -> Results.format(outcome.answersPerSecond()))
                .collect(Collectors.joining(", "));
    }

    private static String cpu(BurstScenario.Runs runs) {
        return Results.format(runs.median(BurstScenario.Outcome::jvmCpuMicrosPerAnswer)) + " / "
                + Results.format(runs.median(BurstScenario.Outcome::serverCpuMicrosPerAnswer)) + " us";
    }

    private static String burstName(String label) {
        return label + ": " + BurstScenario.MEASURED_RUNS + " x " + BurstScenario.PLAYERS + " answers, "
                + BurstScenario.THREADS + " threads";
    }

    private static void slackClicks(Path dir, QuestionBank bank, Results results) throws Exception {
        SlackClickScenario clicks = new SlackClickScenario(dir, bank);
        for (Duration delay : new Duration[] {Duration.ZERO, Duration.ofMillis(200)}) {
            SlackClickScenario.Outcome outcome = clicks.run(delay);
            String name = "5. Slack clicks: " + SlackClickScenario.PLAYERS + " players, "
                    + SlackClickScenario.CONNECTIONS + " connections, response_url "
                    + (delay.isZero() ? "instant" : delay.toMillis() + " ms");
            results.check(name, "clicks/s", outcome.clicksPerSecond(), "", ">=", 1000);
            results.add(name, "click p50", Results.format(outcome.latency().percentileMillis(50)) + " ms");
            results.check(name, "click p99", outcome.latency().percentileMillis(99), " ms", "<=", 50);
            results.add(name, "click max", Results.format(outcome.latency().maxMillis()) + " ms");
            results.add(
                    name,
                    "answers recorded when the last response arrived",
                    outcome.recorded() + " of " + SlackClickScenario.PLAYERS);
            results.add(name, "responses other than 200", Integer.toString(outcome.rejected()));
        }
    }

    static String machine() {
        return String.format(
                Locale.ROOT,
                "%s %s, %d cores, Java %s (%s), max heap %d MB",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    private static double rssMb() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
