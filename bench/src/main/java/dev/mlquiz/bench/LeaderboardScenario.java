package dev.mlquiz.bench;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Scenario 2: a team with 100,000 players and 1,000,000 recorded answers over 90 days. Leaderboards (top 10
 * plus the asker's own rank) for this week, this month and all time, cold (a quiz with empty caches) and
 * warm (the same quiz asked again, timed after as many untimed warm-up asks).
 */
final class LeaderboardScenario {
    static final int PLAYERS = 100_000;
    static final int ANSWERS = 1_000_000;
    static final int DAYS = 90;
    static final int CHANNELS = 20;
    static final int ANSWERS_PER_ROUND = 100;
    static final int COLD_SAMPLES = 30;
    static final int WARM_SAMPLES = 2_000;
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T0BIG");

    record Timings(Samples cold, Samples warm) {}

    private final QuestionBank bank;

    LeaderboardScenario(QuestionBank bank) {
        this.bank = bank;
    }

    /** The SQLite data set in {@code dir}, created once and reused by later runs since generation takes a while. */
    Path sqliteDataSet(Path dir) throws Exception {
        Path file = dir.resolve("leaderboard-" + ANSWERS + "-v6.db");
        if (Files.exists(file)) {
            return file;
        }
        Path partial = dir.resolve("leaderboard-partial.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("leaderboard-partial.db" + suffix));
        }
        try (Database db = Database.sqlite(partial)) {
            generate(db, DataSetLoader.INSERTS);
            deriveTotals(db);
        }
        Files.move(partial, file);
        return file;
    }

    /**
     * The PostgreSQL data set on {@code server}, created once (by COPY) and reused by later runs: the
     * name of its database. It gets the statistics autovacuum would have gathered on a serving database.
     */
    String postgresDataSet(BenchPostgres server) throws Exception {
        String name = "leaderboard_" + ANSWERS + "_v6";
        if (server.exists(name)) {
            return name;
        }
        String partial = "leaderboard_partial";
        server.recreate(partial);
        try (Database db = server.open(partial)) {
            generate(db, DataSetLoader.COPY);
            // Without statistics the planner misjudges the fresh tables: deriving the totals from a
            // million answers had run for over 90 s when it was stopped.
            vacuumAnalyze(db);
            deriveTotals(db);
            vacuumAnalyze(db);
        }
        server.rename(partial, name);
        return name;
    }

    private static void vacuumAnalyze(Database db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("VACUUM ANALYZE");
        }
    }

    /** The leaderboard totals, derived from the answers as the store does for revealed rounds. */
    private static void deriveTotals(Database db) {
        JdbcStorage.deriveTotals(db);
    }

    /** Players, rounds and answers go in by plain JDBC, every round already closed. */
    private static void generate(Database db, DataSetLoader loader) {
        SplittableRandom random = new SplittableRandom(7);
        Instant now = Instant.now();
        db.transaction(connection -> {
            List<Object[]> players = new ArrayList<>(PLAYERS);
            for (int p = 0; p < PLAYERS; p++) {
                players.add(new Object[] {player(p).key(), "Player " + p});
            }
            loader.load(connection, "players", PLAYER_COLUMNS, players);
            return null;
        });
        int rounds = ANSWERS / ANSWERS_PER_ROUND;
        int perTransaction = 500;
        for (int first = 0; first < rounds; first += perTransaction) {
            int from = first;
            db.transaction(connection -> {
                insertRounds(connection, loader, random, now, from, Math.min(rounds, from + perTransaction));
                return null;
            });
        }
    }

    private static final List<String> PLAYER_COLUMNS = List.of("player_key", "display_name");
    private static final List<String> ROUND_COLUMNS = List.of(
            "round_id",
            "kind",
            "team_key",
            "channel_key",
            "question_id",
            "option_order",
            "opened_at",
            "closes_at",
            "closed_at");
    private static final List<String> ANSWER_COLUMNS = List.of(
            "round_id",
            "player_key",
            "team_key",
            "channel_key",
            "kind",
            "question_id",
            "topic",
            "difficulty",
            "choice",
            "correct",
            "points",
            "answered_at");
    private static final String[] TOPICS = {
        "core-concepts", "deep-learning", "llms-nlp", "evaluation-statistics", "mlops-production"
    };
    private static final String[] LEVELS = {"beginner", "intermediate", "advanced"};

    private static void insertRounds(
            Connection connection, DataSetLoader loader, SplittableRandom random, Instant now, int from, int to)
            throws SQLException {
        List<Object[]> rounds = new ArrayList<>(to - from);
        List<Object[]> answers = new ArrayList<>((to - from) * ANSWERS_PER_ROUND);
        for (int r = from; r < to; r++) {
            String round = String.format("r%07d", r);
            String channel = TEAM.key() + "/C" + (r % CHANNELS);
            long span = Duration.ofDays(DAYS).toMillis();
            long openedAt = now.toEpochMilli() - span + span * r / (ANSWERS / ANSWERS_PER_ROUND);
            String kind = r % 5 == 0 ? "DAILY" : "ASK";
            int level = random.nextInt(LEVELS.length);
            int start = random.nextInt(PLAYERS);
            int stride = 1 + random.nextInt(997);
            long closedAt = openedAt + ANSWERS_PER_ROUND * 100L;
            String question = "q" + (r % 125);
            rounds.add(new Object[] {round, kind, TEAM.key(), channel, question, "0123", openedAt, closedAt, closedAt});
            for (int a = 0; a < ANSWERS_PER_ROUND; a++) {
                boolean correct = random.nextInt(100) < 60;
                answers.add(new Object[] {
                    round,
                    player((int) ((start + (long) a * stride) % PLAYERS)).key(),
                    TEAM.key(),
                    channel,
                    kind,
                    question,
                    TOPICS[r % TOPICS.length],
                    LEVELS[level],
                    random.nextInt(4),
                    correct ? 1 : 0,
                    correct ? level + 1 : 0,
                    openedAt + a * 100L
                });
            }
        }
        loader.load(connection, "rounds", ROUND_COLUMNS, rounds);
        loader.load(connection, "answers", ANSWER_COLUMNS, answers);
    }

    static PlayerId player(int index) {
        return new PlayerId(Platform.SLACK, "U" + index);
    }

    /**
     * Reads the whole data set (a file, or a folder of files) once, so that it is in the OS page cache as a serving bot's database is:
     * "cold" here means a quiz with empty caches, not a file the OS has dropped (this machine reclaims its
     * page cache within minutes, and the first board read from disk took 55-160 ms).
     */
    static void readThrough(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            try (Stream<Path> files = Files.list(file)) {
                for (Path each : (Iterable<Path>) files::iterator) {
                    readThrough(each);
                }
            }
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.clear();
            }
        }
    }

    /** Times the boards on {@code db}, which holds a data set and whose files the OS has in its cache. */
    Map<Window, Timings> measure(Database db) {
        Map<Window, Timings> results = new EnumMap<>(Window.class);
        // The data set is reused across runs: its "now" is its newest answer, so this week's board is
        // as full on the day it was made as a week later.
        Clock clock = Clock.fixed(
                Instant.ofEpochMilli(db.queryOne("SELECT MAX(answered_at) FROM answers", row -> row.getLong(1))
                                .orElseThrow())
                        .plusSeconds(60),
                ZoneOffset.UTC);
        Invocation asker =
                new Invocation(new Player(player(PLAYERS / 2), "Player"), new ChannelId(TEAM, "C1"), "C1", false);
        // Loads the leaderboard's classes with a board of another, empty team, so that the first cold
        // sample measures reading this team's data and not the JVM's first pass over the code.
        Invocation stranger = new Invocation(
                new Player(player(0), "Player"),
                new ChannelId(new TeamId(Platform.SLACK, "T0EMPTY"), "C1"),
                "C1",
                false);
        quiz(db, clock).execute(stranger, new Command.Leaderboard(Window.WEEK, LeaderboardScope.TEAM));
        for (Window window : Window.values()) {
            long[] cold = new long[COLD_SAMPLES];
            for (int i = 0; i < COLD_SAMPLES; i++) {
                Quiz fresh = quiz(db, clock);
                long begin = System.nanoTime();
                check(fresh.execute(asker, new Command.Leaderboard(window, LeaderboardScope.TEAM))
                        .view());
                cold[i] = System.nanoTime() - begin;
            }
            Quiz warmQuiz = quiz(db, clock);
            // Warm means steady state: the JIT has compiled the cached path before it is timed.
            for (int i = 0; i < WARM_SAMPLES; i++) {
                check(warmQuiz.execute(asker, new Command.Leaderboard(window, LeaderboardScope.TEAM))
                        .view());
            }
            long[] warm = new long[WARM_SAMPLES];
            for (int i = 0; i < WARM_SAMPLES; i++) {
                long begin = System.nanoTime();
                check(warmQuiz.execute(asker, new Command.Leaderboard(window, LeaderboardScope.TEAM))
                        .view());
                warm[i] = System.nanoTime() - begin;
            }
            results.put(window, new Timings(new Samples(cold), new Samples(warm)));
        }
        return results;
    }

    private Quiz quiz(Database db, Clock clock) {
        return new Quiz(bank, JdbcStorage.stores(db), Announcer.SILENT, clock, new SplittableRandom(1));
    }

    private static void check(Object view) {
        LeaderboardView board = (LeaderboardView) view;
        if (board.top().isEmpty()) {
            throw new IllegalStateException("an empty leaderboard: the data set is wrong");
        }
    }
}
