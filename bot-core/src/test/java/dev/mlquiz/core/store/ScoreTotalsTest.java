package dev.mlquiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.TempDatabase;
import dev.mlquiz.questions.Difficulty;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running totals always equal sums over the answers of revealed rounds: open rounds count for nothing,
 * a reveal counts once (whichever process closes), and a time-zone change re-derives the same sums.
 */
class ScoreTotalsTest {
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    static final List<ChannelId> CHANNELS =
            List.of(new ChannelId(TEAM, "C1"), new ChannelId(TEAM, "C2"), new ChannelId(TEAM, "C3"));
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    int nextRound;
    final Set<RoundId> revealed = new HashSet<>();

    /** Opens a round and records random answers to it; returns the round and its recorded answers. */
    List<Answer> roundWithAnswers(SplittableRandom random, RoundKind kind) {
        RoundId id = new RoundId("round" + nextRound++);
        ChannelId channel = CHANNELS.get(random.nextInt(3));
        // Questions of the day have no one-open-per-channel slot, so many can be open at once here.
        RoundKind opened = kind == RoundKind.ASK ? RoundKind.DAILY : kind;
        db.stores()
                .rounds()
                .open(new Round(
                        id,
                        opened,
                        channel,
                        opened == RoundKind.PRACTICE
                                ? Optional.of(new PlayerId(Platform.SLACK, "P" + id.value()))
                                : Optional.empty(),
                        id.value(), // a question of its own: repeats (scored once per team) have tests elsewhere
                        OptionOrder.parse("0123"),
                        NOW,
                        NOW.plusSeconds(60),
                        Optional.empty(),
                        Optional.empty()));
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Difficulty level = Difficulty.values()[random.nextInt(3)];
            boolean correct = random.nextBoolean();
            Answer answer = new Answer(
                    id,
                    new PlayerId(Platform.SLACK, "U" + random.nextInt(25)),
                    channel,
                    opened,
                    id.value(),
                    "core-concepts",
                    level,
                    Letter.A,
                    correct,
                    Scoring.pointsFor(opened, level, correct),
                    NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))));
            if (db.stores().answers().record(answer)) {
                answers.add(answer);
            }
        }
        return answers;
    }

    void reveal(List<Answer> answers) {
        answers.stream().map(Answer::round).distinct().forEach(round -> {
            db.stores().rounds().close(round, NOW);
            revealed.add(round);
        });
    }

    /** The expected board, summed straight from the answers of revealed rounds. */
    List<String> expected(List<Answer> answers, Scope scope, Period period, ZoneId zone) {
        Map<PlayerId, int[]> sums = new HashMap<>();
        for (Answer a : answers) {
            boolean inScope = scope.key().equals(TEAM.key())
                    || scope.key().equals(a.channel().key());
            boolean inPeriod = Period.containing(a.answeredAt(), zone).contains(period);
            if (a.kind().ranked() && revealed.contains(a.round()) && inScope && inPeriod) {
                int[] sum = sums.computeIfAbsent(a.player(), p -> new int[3]);
                sum[0] += a.points();
                sum[1] += a.correct() ? 1 : 0;
                sum[2]++;
            }
        }
        return sums.entrySet().stream()
                .sorted(Comparator.<Map.Entry<PlayerId, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparingInt(e -> -e.getValue()[1])
                        .thenComparing(e -> e.getKey().key()))
                .map(e -> e.getKey().value() + " " + e.getValue()[0] + " " + e.getValue()[1] + "/" + e.getValue()[2])
                .collect(Collectors.toList());
    }

    List<String> actual(Scope scope, Period period) {
        Board board = db.stores().standings().board(scope, period, 1_000, Optional.empty());
        return board.top().stream()
                .map((PlayerTotal t) -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                .collect(Collectors.toList());
    }

    void assertTotalsMatch(List<Answer> answers, ZoneId zone) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.team(TEAM)));
        CHANNELS.forEach(c -> scopes.add(Scope.channel(c)));
        for (Scope scope : scopes) {
            for (Window window : Window.values()) {
                for (int daysBack : new int[] {0, 8, 35}) {
                    Period period = Period.of(window, NOW.minus(Duration.ofDays(daysBack)), zone);
                    List<String> expected = expected(answers, scope, period, zone);
                    assertThat(actual(scope, period))
                            .as("%s %s", scope.key(), period.key())
                            .isEqualTo(expected);
                    assertRanksMatch(scope, period, expected);
                }
            }
        }
    }

    /** Each player's rank is one more than the number of players with more points; the count is everyone. */
    void assertRanksMatch(Scope scope, Period period, List<String> expected) {
        List<Integer> points = expected.stream()
                .map(line -> Integer.parseInt(line.split(" ")[1]))
                .toList();
        for (String line : expected) {
            PlayerId player = new PlayerId(Platform.SLACK, line.split(" ")[0]);
            int own = Integer.parseInt(line.split(" ")[1]);
            Board board = db.stores().standings().board(scope, period, 1, Optional.of(player));
            assertThat(board.players())
                    .as("players of %s %s", scope.key(), period.key())
                    .isEqualTo(expected.size());
            assertThat(board.asker().orElseThrow().rank())
                    .as("rank of %s in %s %s", player.value(), scope.key(), period.key())
                    .isEqualTo(1 + (int) points.stream().filter(p -> p > own).count());
        }
    }

    List<Answer> randomRounds(SplittableRandom random, int count, boolean revealThem) {
        List<Answer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Answer> answers = roundWithAnswers(random, RoundKind.values()[random.nextInt(3)]);
            if (revealThem) {
                reveal(answers);
            }
            all.addAll(answers);
        }
        return all;
    }

    @RepeatedTest(5)
    void totals_equal_the_sums_of_revealed_answers_in_every_scope_and_period() {
        SplittableRandom random = new SplittableRandom();
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        db.stores().settings().setTimeZone(TEAM, zone);
        List<Answer> answers = randomRounds(random, 30, true);
        List<Answer> stillOpen = randomRounds(random, 5, false);
        answers.addAll(stillOpen);

        assertTotalsMatch(answers, zone);

        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        db.stores().settings().setTimeZone(TEAM, tokyo);
        db.stores().standings().rebuild(TEAM, tokyo);
        assertTotalsMatch(answers, tokyo);

        reveal(stillOpen);
        answers.addAll(randomRounds(random, 10, true));
        assertTotalsMatch(answers, tokyo);
    }

    @Test
    void a_round_closed_by_two_processes_at_once_counts_once() throws Exception {
        List<Answer> answers = roundWithAnswers(new SplittableRandom(3), RoundKind.ASK);
        RoundId round = answers.get(0).round();
        try (Database second = Database.sqlite(db.file())) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService closers = Executors.newFixedThreadPool(2);
            Future<Boolean> here = closers.submit(() -> {
                go.await();
                return db.stores().rounds().close(round, NOW);
            });
            Future<Boolean> there = closers.submit(() -> {
                go.await();
                return JdbcStorage.stores(second).rounds().close(round, NOW);
            });
            go.countDown();
            closers.shutdown();

            assertThat(List.of(here.get(10, TimeUnit.SECONDS), there.get(10, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        }
        revealed.add(round);
        assertTotalsMatch(answers, ZoneId.of("UTC"));
    }

    @Test
    void a_withdrawn_round_never_counts() {
        List<Answer> answers = roundWithAnswers(new SplittableRandom(4), RoundKind.ASK);
        db.stores().rounds().withdraw(answers.get(0).round(), NOW);
        db.stores().standings().rebuild(TEAM, ZoneId.of("UTC"));

        assertThat(actual(Scope.team(TEAM), Period.ALL)).isEmpty();
    }

    @Test
    void the_board_version_moves_with_every_reveal_and_rebuild_in_any_process() {
        long before = db.stores().standings().version(TEAM);
        List<Answer> answers = roundWithAnswers(new SplittableRandom(5), RoundKind.ASK);
        assertThat(db.stores().standings().version(TEAM)).as("answers alone").isEqualTo(before);

        try (Database second = Database.sqlite(db.file())) {
            JdbcStorage.stores(second).rounds().close(answers.get(0).round(), NOW);
        }
        long revealedVersion = db.stores().standings().version(TEAM);
        assertThat(revealedVersion).isGreaterThan(before);

        db.stores().standings().rebuild(TEAM, ZoneId.of("UTC"));
        assertThat(db.stores().standings().version(TEAM)).isGreaterThan(revealedVersion);
    }

    @Test
    void upgrading_re_derives_totals_from_revealed_rounds_only(@TempDir Path dir) {
        Path file = dir.resolve("old.db");
        // A database of the version before points waited for the reveal: every answer already in the totals.
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("4")
                .load()
                .migrate();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = old.createStatement()) {
            for (String round : new String[] {"open1", "closed1"}) {
                boolean closed = round.startsWith("closed");
                sql.executeUpdate("INSERT INTO rounds (round_id, kind, team_key, channel_key, question_id,"
                        + " option_order, opened_at, closes_at, closed_at) VALUES ('" + round + "', 'DAILY', '"
                        + TEAM.key() + "', '" + CHANNELS.get(0).key() + "', 'q', '0123', 0, 1, "
                        + (closed ? "1" : "NULL") + ")");
                sql.executeUpdate("INSERT INTO answers (round_id, player_key, team_key, channel_key, kind,"
                        + " question_id, topic, difficulty, choice, correct, points, answered_at) VALUES ('" + round
                        + "', 'slack:U1', '" + TEAM.key() + "', '"
                        + CHANNELS.get(0).key() + "', 'DAILY', 'q',"
                        + " 'core-concepts', 'advanced', 0, 1, 3, " + NOW.toEpochMilli() + ")");
            }
            sql.executeUpdate("INSERT INTO score_totals VALUES ('" + TEAM.key() + "', 'all', 'slack:U1', 6, 2, 2)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        try (Database upgraded = Database.sqlite(file)) {
            Board board =
                    JdbcStorage.stores(upgraded).standings().board(Scope.team(TEAM), Period.ALL, 10, Optional.empty());

            assertThat(board.top())
                    .extracting(t -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                    .containsExactly("U1 3 1/1");
        }
    }
}
