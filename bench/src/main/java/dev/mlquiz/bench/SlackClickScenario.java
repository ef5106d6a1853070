package dev.mlquiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.slack.SlackBot;
import dev.mlquiz.slack.SlackPublisher;
import dev.mlquiz.slack.SlackSettings;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 5: a Slack channel answers at once, through the real HTTP adapter. 1,000 distinct players
 * click one round's buttons as signed {@code block_actions} requests over 32 concurrent connections to
 * {@code /slack/events}, against a fake Slack on loopback whose {@code response_url} answers at once or
 * after 200 ms. Latency is from sending a request to its HTTP response (the acknowledgment Slack waits
 * for, at most 3 s).
 */
final class SlackClickScenario {
    static final int PLAYERS = 1_000;
    static final int CONNECTIONS = 32;
    /** Clicks in one warm-up round; rounds run until the JIT is quiet ({@link WarmUp}). */
    static final int WARM_UP_PLAYERS = 3_000;

    private static final String SECRET = "bench-signing-secret";
    private static final String TEAM = "T1";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(double clicksPerSecond, Samples latency, int recorded, int rejected) {}

    private final Path dir;
    private final QuestionBank bank;

    SlackClickScenario(Path dir, QuestionBank bank) {
        this.dir = dir;
        this.bank = bank;
    }

    Outcome run(Duration responseUrlDelay) throws Exception {
        Path file = dir.resolve("slack-clicks.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("slack-clicks.db" + suffix));
        }
        try (Database db = Database.sqlite(file);
                BenchSlack slack = new BenchSlack(responseUrlDelay)) {
            RoundMessages messages = JdbcStorage.roundMessages(db);
            SlackPublisher editor = new SlackPublisher();
            RoundMessageUpdater updater = new RoundMessageUpdater(
                    EditCoalescer.onTimer(Duration.ofSeconds(3)),
                    editor,
                    messages,
                    RoundCards.reading(bank, JdbcStorage.stores(db), Clock.systemUTC()));
            Quiz quiz = new Quiz(bank, JdbcStorage.stores(db), updater, Clock.systemUTC(), new SplittableRandom(1));
            SlackSettings settings = new SlackSettings(
                    "xoxb-bench",
                    Optional.empty(),
                    Optional.of(SECRET),
                    Optional.of(0),
                    Optional.of(slack.apiUrl()),
                    Set.of());
            try (SlackBot bot =
                    SlackBot.start(settings, "127.0.0.1", quiz, updater, editor, JdbcStorage.deliveryLog(db))) {
                int port = bot.httpPort();
                WarmUp.untilJitIsQuiet(index -> {
                    String channel = "CWARMUP" + index;
                    send(port, signedClicks(slack, openRound(quiz, messages, channel), channel, WARM_UP_PLAYERS));
                    awaitConfirmations(slack, (index + 1) * WARM_UP_PLAYERS);
                });
                String round = openRound(quiz, messages, "CBENCH");
                List<byte[]> requests = signedClicks(slack, round, "CBENCH", PLAYERS);
                Timed timed = send(port, requests);
                return new Outcome(PLAYERS / timed.seconds(), timed.latency(), recorded(db, round), timed.rejected());
            }
        }
    }

    /** Lets the warm-up's confirmations go out first, so the measured round does not compete with them. */
    private static void awaitConfirmations(BenchSlack slack, int count) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (slack.confirmations() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /** A channel round open for an hour, its message known, as after {@code /mlquiz ask}. */
    private static String openRound(Quiz quiz, RoundMessages messages, String channel) {
        ChannelId where = new ChannelId(new TeamId(Platform.SLACK, TEAM), channel);
        Invocation admin =
                new Invocation(new Player(new PlayerId(Platform.SLACK, "UADMIN"), "admin"), where, channel, true);
        QuestionCard card = LongRound.ask(quiz, admin);
        messages.attach(card.round(), "1700000000.000100");
        return card.round().value();
    }

    private static List<byte[]> signedClicks(BenchSlack slack, String round, String channel, int n) throws Exception {
        SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        List<byte[]> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String body = "payload=" + URLEncoder.encode(click(slack, round, channel, i), StandardCharsets.UTF_8);
            requests.add(KeepAliveConnection.post(
                    "/slack/events",
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                            + SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP + ": " + timestamp + "\r\n"
                            + SlackSignature.HeaderNames.X_SLACK_SIGNATURE + ": " + signer.generate(timestamp, body)
                            + "\r\n",
                    body));
        }
        return requests;
    }

    /** A block_actions payload as Slack sends it for a button in a channel message. */
    private static String click(BenchSlack slack, String round, String channel, int player) throws Exception {
        String user = "U" + channel + player;
        Letter letter = Letter.at(player % 4);
        String actionId = new AnswerButtonId(new RoundId(round), letter).encode();
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions");
        ObjectNode u = p.putObject("user");
        u.put("id", user);
        u.put("username", "player" + player);
        u.put("name", "player" + player);
        u.put("team_id", TEAM);
        p.put("api_app_id", "A1");
        p.put("token", "legacy");
        p.put("trigger_id", "1." + player + ".abc");
        p.putObject("team").put("id", TEAM).put("domain", "bench");
        p.putObject("channel").put("id", channel).put("name", channel);
        p.putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000000.000100")
                .put("channel_id", channel);
        p.putObject("message")
                .put("type", "message")
                .put("ts", "1700000000.000100")
                .put("text", "q");
        p.put("response_url", slack.responseUrl(player));
        ObjectNode action = p.putArray("actions").addObject();
        action.put("type", "button");
        action.put("action_id", actionId);
        action.put("block_id", "mlquiz.answers." + round);
        action.put("value", letter.name());
        action.put("action_ts", "1700000001." + player);
        return JSON.writeValueAsString(p);
    }

    private record Timed(double seconds, Samples latency, int rejected) {}

    /** Sends every request over {@link #CONNECTIONS} keep-alive connections, one thread each, timing each. */
    private static Timed send(int port, List<byte[]> requests) throws Exception {
        long[] nanos = new long[requests.size()];
        int[] statuses = new int[requests.size()];
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
                    start.await();
                    for (int i = first; i < requests.size(); i += CONNECTIONS) {
                        long begin = System.nanoTime();
                        statuses[i] = connection.send(requests.get(i));
                        nanos[i] = System.nanoTime() - begin;
                    }
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
        int rejected = 0;
        for (int status : statuses) {
            rejected += status == 200 ? 0 : 1;
        }
        return new Timed(seconds, new Samples(nanos), rejected);
    }

    private static int recorded(Database db, String round) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT COUNT(*) FROM answers WHERE round_id = ?")) {
            count.setString(1, round);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
