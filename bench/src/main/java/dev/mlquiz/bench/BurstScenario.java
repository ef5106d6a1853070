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
import java.util.function.IntConsumer;

/**
 * Scenario 1: a big community answers the question of the day at once. 10,000 distinct players answer one
 * open round through {@link Quiz#answer} from 16 threads; then the same 10,000 rows go into the answers
 * table by plain JDBC, one transaction per row, with the same settings and threads: the storage limit.
 * Runs on whichever engine {@link FreshDatabase} opens.
 */
final class BurstScenario {
    /** Opens a new, empty database of the engine under test; the name tells the runs apart. */
    @FunctionalInterface
    interface FreshDatabase {
        Database open(String name) throws Exception;
    }

    static final int PLAYERS = 10_000;
    static final int THREADS = 16;
    /**
     * As many as the measured burst, for both the core and the raw baseline: a running bot's JIT has long
     * compiled the JDBC driver's paths, and after 3,000 answers it was still compiling them during the
     * measurement (PostgreSQL p99 5-7 ms standalone against 3-4 ms when earlier scenarios had warmed it).
     */
    static final int WARM_UP_PLAYERS = 10_000;

    record Outcome(double answersPerSecond, Samples latency) {}

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

    Outcome core() throws Exception {
        try (Database db = databases.open("burst_core")) {
            Quiz quiz = new Quiz(
                    bank, JdbcStorage.stores(db), Announcer.SILENT, Clock.systemUTC(), new SplittableRandom(1));
            burst(quiz, "warmup", WARM_UP_PLAYERS);
            return burst(quiz, "team", PLAYERS);
        }
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

    Outcome raw() throws Exception {
        try (Database db = databases.open("burst_raw")) {
            rawInserts(db, "warmup", WARM_UP_PLAYERS);
            return rawInserts(db, "team", PLAYERS);
        }
    }

    /** Plain JDBC on the same pool: an auto-committed INSERT per row, so one transaction per row. */
    private Outcome rawInserts(Database db, String team, int players) throws Exception {
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
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        return new Outcome(calls / seconds, new Samples(nanos));
    }
}
