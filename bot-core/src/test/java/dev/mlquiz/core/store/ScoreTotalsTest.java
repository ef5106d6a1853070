package dev.mlquiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Board;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.PlayerTotal;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.TempDatabase;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The running totals always equal sums over the answer record, before and after a time-zone change. */
class ScoreTotalsTest {
    static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    static final List<ChannelId> CHANNELS =
            List.of(new ChannelId(TEAM, "C1"), new ChannelId(TEAM, "C2"), new ChannelId(TEAM, "C3"));
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    List<Answer> randomAnswers(SplittableRandom random, ZoneId zone) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            RoundKind kind = RoundKind.values()[random.nextInt(3)];
            Difficulty level = Difficulty.values()[random.nextInt(3)];
            boolean correct = random.nextBoolean();
            Answer answer = new Answer(
                    new RoundId("round" + random.nextInt(40)),
                    new PlayerId(Platform.SLACK, "U" + random.nextInt(25)),
                    CHANNELS.get(random.nextInt(3)),
                    kind,
                    "q",
                    Topic.CORE_CONCEPTS,
                    level,
                    Letter.A,
                    correct,
                    Scoring.pointsFor(kind, level, correct),
                    NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))));
            if (db.stores().answers().record(answer)) {
                answers.add(answer);
            }
        }
        return answers;
    }

    /** The expected board, summed straight from the answers. */
    static List<String> expected(List<Answer> answers, Scope scope, Period period, ZoneId zone) {
        Map<PlayerId, int[]> sums = new HashMap<>();
        for (Answer a : answers) {
            boolean inScope = scope.key().equals(TEAM.key())
                    || scope.key().equals(a.channel().key());
            boolean inPeriod = Period.containing(a.answeredAt(), zone).contains(period);
            if (a.kind().ranked() && inScope && inPeriod) {
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
                    assertThat(actual(scope, period))
                            .as("%s %s", scope.key(), period.key())
                            .isEqualTo(expected(answers, scope, period, zone));
                }
            }
        }
    }

    @RepeatedTest(5)
    void totals_equal_the_sums_of_the_answers_in_every_scope_and_period() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        db.stores().settings().setTimeZone(TEAM, zone);
        List<Answer> answers = randomAnswers(new SplittableRandom(), zone);

        assertTotalsMatch(answers, zone);

        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        db.stores().settings().setTimeZone(TEAM, tokyo);
        db.stores().standings().rebuild(TEAM, tokyo);
        answers.addAll(randomAnswers(new SplittableRandom(), tokyo));
        assertTotalsMatch(answers, tokyo);
    }

    @RepeatedTest(2)
    void answers_written_but_never_applied_are_applied_on_the_next_read() {
        List<Answer> answers = randomAnswers(new SplittableRandom(), ZoneId.of("UTC"));
        Answer unapplied = new Answer(
                new RoundId("elsewhere"),
                new PlayerId(Platform.SLACK, "U99"),
                CHANNELS.get(0),
                RoundKind.ASK,
                "q",
                Topic.CORE_CONCEPTS,
                Difficulty.ADVANCED,
                Letter.B,
                true,
                3,
                NOW);
        // Written as another process, or a process that stopped before applying it, would have left it.
        db.database()
                .update(
                        "INSERT INTO answers (round_id, player_key, team_key, channel_key, kind, question_id,"
                                + " topic, difficulty, choice, correct, points, answered_at)"
                                + " VALUES ('elsewhere', 'slack:U99', ?, ?, 'ASK', 'q', 'core-concepts', 'advanced', 1, 1, 3, ?)",
                        TEAM.key(),
                        CHANNELS.get(0).key(),
                        NOW.toEpochMilli());
        answers.add(unapplied);
        db.reopen();

        assertTotalsMatch(answers, ZoneId.of("UTC"));
    }

    @org.junit.jupiter.api.Test
    void rebuilding_one_team_keeps_another_teams_unapplied_answers() {
        TeamId other = new TeamId(Platform.SLACK, "T2");
        ChannelId otherChannel = new ChannelId(other, "C9");
        db.database()
                .update(
                        "INSERT INTO answers (round_id, player_key, team_key, channel_key, kind, question_id,"
                                + " topic, difficulty, choice, correct, points, answered_at)"
                                + " VALUES ('r1', 'slack:U5', ?, ?, 'ASK', 'q', 'core-concepts', 'advanced', 1, 1, 3, ?)",
                        other.key(),
                        otherChannel.key(),
                        NOW.toEpochMilli());

        db.stores().standings().rebuild(TEAM, ZoneId.of("Asia/Tokyo"));

        Board board = db.stores().standings().board(Scope.team(other), Period.ALL, 10, Optional.empty());
        assertThat(board.top())
                .extracting(t -> t.player().value() + " " + t.points())
                .containsExactly("U5 3");
    }
}
