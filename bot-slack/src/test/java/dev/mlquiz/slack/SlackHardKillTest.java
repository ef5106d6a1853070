package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.slack.fake.FakeSlack;
import dev.mlquiz.slack.fake.SignedRequests;
import dev.mlquiz.slack.fake.SlackPayloads;
import dev.mlquiz.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in a child JVM, killed with SIGKILL in the middle of a burst of clicks: whatever it acknowledged
 * with HTTP 200 must be in the database when it is opened again.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SlackHardKillTest {
    static final String SECRET = "kill-test-secret";
    static final int PLAYERS = 3_000;
    static final int CONNECTIONS = 32;
    static final int KILL_AFTER_ACKS = 300;

    @TempDir
    Path dir;

    final FakeSlack slack = new FakeSlack();
    final SignedRequests signed = new SignedRequests(SECRET);
    Process bot;

    @BeforeEach
    void startTheBotInItsOwnJvm() throws IOException {
        bot = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlackBotProcess.class.getName(),
                        dir.resolve("kill.db").toString(),
                        slack.apiUrl(),
                        SECRET)
                .redirectError(dir.resolve("bot.err").toFile())
                .start();
    }

    @AfterEach
    void stop() {
        bot.destroyForcibly();
        slack.close();
    }

    @Test
    void every_click_answered_200_before_a_hard_kill_is_in_the_database() throws Exception {
        String[] ready = readyLine();
        URI events = URI.create("http://127.0.0.1:" + ready[1] + SlackHttpServer.PATH);
        RoundId round = new RoundId(ready[2]);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enoughAcks = new CountDownLatch(KILL_AFTER_ACKS);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int first = c;
            Thread client = new Thread(() -> {
                for (int i = first; i < PLAYERS; i += CONNECTIONS) {
                    String user = "U" + i;
                    try {
                        int status = http.send(
                                        click(round, user).toHttpRequest(events),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status == 200) {
                            acknowledged.add("slack:" + user);
                            enoughAcks.countDown();
                        }
                    } catch (IOException e) {
                        return; // the bot is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }

        enoughAcks.await();
        bot.destroyForcibly().waitFor();
        for (Thread client : clients) {
            client.join();
        }

        assertThat(acknowledged).as("the kill came mid-burst").hasSizeLessThan(PLAYERS);
        assertThat(recordedPlayers(round)).containsAll(acknowledged);
    }

    private String[] readyLine() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith("ready ")) {
            line = out.readLine(); // logback's own start-up notes
        }
        assertThat(line)
                .as("the bot process's first line (stderr in %s)", dir.resolve("bot.err"))
                .startsWith("ready ");
        return line.split(" ");
    }

    private SignedRequests.SignedRequest click(RoundId round, String user) {
        return signed.blockActions(SlackPayloads.blockAction(new AnswerButtonId(round, Letter.A).encode(), "A")
                .user(user, "name-" + user)
                .actionTs("1700000001." + user.substring(1))
                .responseUrl(slack.responseUrl("kill")));
    }

    private Set<String> recordedPlayers(RoundId round) throws Exception {
        Set<String> players = new HashSet<>();
        try (Database db = Database.sqlite(dir.resolve("kill.db"));
                Connection connection = db.dataSource().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT player_key FROM answers WHERE round_id = ?")) {
            query.setString(1, round.value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    players.add(rows.getString(1));
                }
            }
        }
        return players;
    }
}
