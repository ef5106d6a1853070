package dev.mlquiz.bench;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 6: an admin changes the time zone of the 1,000,000-answer team of scenario 2 while its players
 * keep answering, from {@link #THREADS} threads, each an answer every {@link #PACE}. Reports how long the
 * re-derivation of the totals takes and the longest an answer waited meanwhile: the writer is shared, so
 * an answer waits for whatever the rebuild holds it for. Runs on a copy of the data set, which it changes.
 */
final class ZoneChangeScenario {
    static final int THREADS = 4;
    static final Duration PACE = Duration.ofMillis(2);
    static final ZoneId NEW_ZONE = ZoneId.of("Asia/Tokyo");

    /** The rebuild's duration, and the latencies of the answers recorded while it ran. */
    record Outcome(double rebuildSeconds, Samples answers) {}

    private final Path dir;

    ZoneChangeScenario(Path dir) {
        this.dir = dir;
    }

    /** On a copy of PostgreSQL database {@code dataSet}, on {@code server}. */
    static Outcome onPostgres(BenchPostgres server, String dataSet) throws Exception {
        server.copy(dataSet, "zonechange");
        LeaderboardScenario.readThrough(server.files("zonechange"));
        try (Database db = server.open("zonechange")) {
            return measure(JdbcStorage.stores(db));
        }
    }

    Outcome run(Path dataSet) throws Exception {
        Path copy = dir.resolve("zonechange.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("zonechange.db" + suffix));
        }
        Files.copy(dataSet, copy, StandardCopyOption.REPLACE_EXISTING);
        LeaderboardScenario.readThrough(copy);
        try (Database db = Database.sqlite(copy)) {
            return measure(JdbcStorage.stores(db));
        }
    }

    private static Outcome measure(QuizStores stores) throws InterruptedException {
        ChannelId channel = new ChannelId(LeaderboardScenario.TEAM, "C1");
        Instant now = Instant.now();
        RoundId round = new RoundId("zonechange");
        stores.rounds()
                .open(new Round(
                        round,
                        RoundKind.DAILY,
                        channel,
                        Optional.empty(),
                        "q-zonechange",
                        OptionOrder.parse("0123"),
                        now,
                        now.plus(Duration.ofHours(1)),
                        Optional.empty(),
                        Optional.empty()));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        CountDownLatch warmedUp = new CountDownLatch(THREADS);
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            List<Long> own = new ArrayList<>();
            latencies.add(own);
            Thread answering = new Thread(() -> {
                int n = 0;
                for (; n < 50; n++) {
                    stores.answers().record(answer(round, channel, thread, n));
                }
                warmedUp.countDown();
                while (rebuilding.get()) {
                    long begin = System.nanoTime();
                    stores.answers().record(answer(round, channel, thread, n++));
                    own.add(System.nanoTime() - begin);
                    LockSupport.parkNanos(PACE.toNanos());
                }
            });
            threads.add(answering);
            answering.start();
        }
        warmedUp.await();
        long begin = System.nanoTime();
        stores.settings().setTimeZone(LeaderboardScenario.TEAM, NEW_ZONE);
        stores.standings().rebuild(LeaderboardScenario.TEAM, NEW_ZONE);
        double seconds = (System.nanoTime() - begin) / 1e9;
        rebuilding.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Outcome(
                seconds,
                new Samples(latencies.stream()
                        .flatMap(List::stream)
                        .mapToLong(Long::longValue)
                        .toArray()));
    }

    private static Answer answer(RoundId round, ChannelId channel, int thread, int n) {
        return new Answer(
                round,
                new PlayerId(Platform.SLACK, "Z" + thread + "x" + n),
                channel,
                RoundKind.DAILY,
                "q-zonechange",
                "core-concepts",
                Difficulty.ADVANCED,
                Letter.A,
                true,
                3,
                Instant.now());
    }
}
