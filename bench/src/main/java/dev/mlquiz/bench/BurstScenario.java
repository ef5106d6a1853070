package dev.mlquiz.bench;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Scenario 1: a big community answers the question of the day at once. 10,000 distinct players answer one
 * open round through {@link Quiz#answer} from 16 threads; then the same 10,000 rows go into the answers
 * table by plain JDBC, one transaction per row, with the same settings and threads: the storage limit.
 * Each side warms up until the JIT is quiet ({@link WarmUp}), then the two are measured in turn, three times each. Runs on
 * whichever engine {@link FreshDatabase} opens.
 */
final class BurstScenario {
    /** Opens a new, empty database of the engine under test; the name tells the runs apart. */
    @FunctionalInterface
    interface FreshDatabase {
        Database open(String name) throws Exception;
    }

    static final int PLAYERS = 10_000;
    static final int THREADS = 16;
    /** Answers in one warm-up round, for the core and the raw baseline alike. */
    static final int WARM_UP_PLAYERS = 10_000;
    /** Measured bursts per side; the rate is their median, the latencies all of their answers together. */
    static final int MEASURED_RUNS = 3;

    /**
     * One measured burst: its rate and latencies, the JIT's compile time during it, and the CPU time per
     * answer of the JVM and of the database server's processes (0 for SQLite, which runs in the JVM).
     */
    record Outcome(
            double answersPerSecond,
            Samples latency,
            long jitMillisDuring,
            double jvmCpuMicrosPerAnswer,
            double serverCpuMicrosPerAnswer,
            double writerBusyMicrosPerAnswer,
            double unitsPerTransaction) {
        /**
         * With the core's writer load: how long its one writer was busy per answer (the rate's bound is one
         * answer per that long) and how many units each of its transactions held (answers and names).
         */
        Outcome withWriter(double busyMicrosPerAnswer, double unitsPerTransaction) {
            return new Outcome(
                    answersPerSecond,
                    latency,
                    jitMillisDuring,
                    jvmCpuMicrosPerAnswer,
                    serverCpuMicrosPerAnswer,
                    busyMicrosPerAnswer,
                    unitsPerTransaction);
        }
    }

    /** The measured bursts of one side, after its warm-up rounds. */
    record Runs(List<Outcome> outcomes, int warmUps) {
        double medianAnswersPerSecond() {
            return median(Outcome::answersPerSecond);
        }

        double median(ToDoubleFunction<Outcome> metric) {
            double[] values = outcomes.stream().mapToDouble(metric).sorted().toArray();
            return values[values.length / 2];
        }

        /** Every measured answer's latency together. */
        Samples latency() {
            return new Samples(outcomes.stream()
                    .flatMapToLong(outcome -> outcome.latency().nanos())
                    .toArray());
        }

        long jitMillis() {
            return outcomes.stream().mapToLong(Outcome::jitMillisDuring).sum();
        }
    }

    record Comparison(Runs core, Runs raw) {
        double ratio() {
            return core.medianAnswersPerSecond() / raw.medianAnswersPerSecond();
        }
    }

    /** A burst of {@code players} answers under a team name of its own. */
    @FunctionalInterface
    private interface Round {
        Outcome run(String team, int players) throws Exception;
    }

    private final FreshDatabase databases;
    private final QuestionBank bank;

    BurstScenario(FreshDatabase databases, QuestionBank bank) {
        this.databases = databases;
        this.bank = bank;
    }

    /** SQLite files in {@code dir}, deleted first with their WAL. */
    static FreshDatabase sqlite(Path dir) {
        return name -> {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve(name + ".db" + suffix));
            }
            return Database.sqlite(dir.resolve(name + ".db"));
        };
    }

    /** Databases on {@code server}, dropped first. */
    static FreshDatabase postgres(BenchPostgres server) {
        return name -> {
            server.recreate(name);
            return server.open(name);
        };
    }

    /**
     * The core against the raw baseline, each warmed up first, then measured {@link #MEASURED_RUNS} times in
     * turn (core, raw, core, raw, ...), so that a slow moment of the machine falls on both alike.
     */
    Comparison compare() throws Exception {
        try (Database coreDb = databases.open("burst_core");
                Database rawDb = databases.open("burst_raw")) {
            Round core = quizRound(coreDb);
            Round raw = (team, players) -> rawInserts(rawDb, team, players);
            int coreWarmUps = warmUp(core);
            int rawWarmUps = warmUp(raw);
            List<Outcome> cores = new ArrayList<>();
            List<Outcome> raws = new ArrayList<>();
            for (int run = 0; run < MEASURED_RUNS; run++) {
                cores.add(core.run("team" + run, PLAYERS));
                raws.add(raw.run("team" + run, PLAYERS));
            }
            return new Comparison(new Runs(cores, coreWarmUps), new Runs(raws, rawWarmUps));
        }
    }

    /** The core alone, warmed up, then one measured burst. */
    Outcome core() throws Exception {
        try (Database db = databases.open("burst_core")) {
            Round core = quizRound(db);
            warmUp(core);
            return core.run("team", PLAYERS);
        }
    }

    private Round quizRound(Database db) {
        Quiz quiz =
                new Quiz(bank, JdbcStorage.stores(db), Announcer.SILENT, Clock.systemUTC(), new SplittableRandom(1));
        LongAdder busyNanos = new LongAdder();
        LongAdder transactions = new LongAdder();
        LongAdder units = new LongAdder();
        db.observeWrites((written, took) -> {
            busyNanos.add(took.toNanos());
            transactions.increment();
            units.add(written);
        });
        return (team, players) -> {
            busyNanos.reset();
            transactions.reset();
            units.reset();
            Outcome outcome = burst(quiz, team, players);
            return outcome.withWriter(
                    busyNanos.sum() / 1e3 / players, units.sum() / (double) Math.max(1, transactions.sum()));
        };
    }

    /** Runs warm-up rounds until the JIT is quiet ({@link WarmUp}); answers how many ran. */
    private static int warmUp(Round round) throws Exception {
        return WarmUp.untilJitIsQuiet(index -> round.run("warmup" + index, WARM_UP_PLAYERS));
    }

    private Outcome burst(Quiz quiz, String team, int players) throws Exception {
        ChannelId channel = new ChannelId(new TeamId(Platform.DISCORD, team), "qotd");
        Invocation admin =
                new Invocation(new Player(new PlayerId(Platform.DISCORD, "admin"), "admin"), channel, "qotd", true);
        QuestionCard card = LongRound.ask(quiz, admin);
        List<Player> everyone = new ArrayList<>(players);
        for (int i = 0; i < players; i++) {
            everyone.add(new Player(new PlayerId(Platform.DISCORD, team + i), "player " + i));
        }
        return timed(players, i -> {
            AnswerOutcome outcome = quiz.answer(everyone.get(i), channel, card.round(), Letter.at(i % 4));
            if (!(outcome instanceof AnswerOutcome.Accepted)) {
                throw new IllegalStateException("answer " + i + " was not accepted: " + outcome);
            }
        });
    }

    /** Plain JDBC on the same pool: an auto-committed INSERT per row, so one transaction per row. */
    private static Outcome rawInserts(Database db, String team, int players) throws Exception {
        return timed(players, i -> {
            try (Connection connection = db.dataSource().getConnection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO answers (round_id, player_key,"
                            + " team_key, channel_key, kind, question_id, topic, difficulty, choice, correct, points,"
                            + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {
                    "round" + team,
                    "discord:" + team + i,
                    "discord:" + team,
                    "discord:" + team + "/qotd",
                    "DAILY",
                    "dropout",
                    "deep-learning",
                    "intermediate",
                    i % 4,
                    i % 2,
                    (i % 2) * 2,
                    System.currentTimeMillis()
                };
                for (int v = 0; v < values.length; v++) {
                    insert.setObject(v + 1, values[v]);
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs {@code call(i)} for every i from {@link #THREADS} threads, timing each call. */
    private static Outcome timed(int calls, IntConsumer call) throws Exception {
        long[] nanos = new long[calls];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = first; i < calls; i += THREADS) {
                    long begin = System.nanoTime();
                    call.accept(i);
                    nanos[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        CpuMeter.Reading before = CpuMeter.read();
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        CpuMeter.Reading used = CpuMeter.read().minus(before);
        pool.shutdown();
        return new Outcome(
                calls / seconds,
                new Samples(nanos),
                used.jitMillis(),
                used.jvmNanos() / 1e3 / calls,
                used.serverNanos() / 1e3 / calls,
                0,
                0);
    }
}
