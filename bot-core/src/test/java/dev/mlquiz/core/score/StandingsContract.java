package dev.mlquiz.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Standings} must do, over the rounds and answers of the same storage; one subclass per
 * implementation. The totals always equal sums over the answers of revealed rounds: open rounds count for
 * nothing, a reveal counts once, practice never, and a time-zone change re-derives the same sums.
 */
public abstract class StandingsContract {
    protected static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    protected static final List<ChannelId> CHANNELS =
            List.of(new ChannelId(TEAM, "C1"), new ChannelId(TEAM, "C2"), new ChannelId(TEAM, "C3"));
    protected static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final ChannelId C1 = CHANNELS.get(0);
    static final ChannelId C2 = CHANNELS.get(1);

    /** Every port of one storage: the standings count what its rounds and answers record. */
    protected abstract QuizStores stores();

    private int nextRound;
    protected final Set<RoundId> revealed = new HashSet<>();

    static PlayerId player(String id) {
        return new PlayerId(Platform.SLACK, id);
    }

    /** Opens a question of the day (any number may be open in a channel) and returns its id. */
    RoundId openRound(RoundKind kind, ChannelId channel) {
        RoundId id = new RoundId("round" + nextRound++);
        stores().rounds()
                .open(new Round(
                        id,
                        kind,
                        channel,
                        kind == RoundKind.PRACTICE ? Optional.of(player("P" + id.value())) : Optional.empty(),
                        id.value(), // a question of its own: repeats are scored once per team, tested elsewhere
                        OptionOrder.parse("0123"),
                        NOW.minus(Duration.ofDays(90)),
                        NOW.plusSeconds(60),
                        Optional.empty(),
                        Optional.empty()));
        return id;
    }

    Answer answerTo(RoundId round, ChannelId channel, RoundKind kind, String player, int points, Instant at) {
        Answer answer = new Answer(
                round,
                player(player),
                channel,
                kind,
                round.value(),
                "core-concepts",
                Difficulty.ADVANCED,
                Letter.A,
                points > 0,
                points,
                at);
        assertThat(stores().answers().record(answer)).isTrue();
        return answer;
    }

    /** A question of the day in {@code channel} answered by each player with these points (0: wrong). */
    protected RoundId revealedRound(ChannelId channel, Map<String, Integer> points, Instant at) {
        RoundId round = openRound(RoundKind.DAILY, channel);
        points.forEach((name, p) -> answerTo(round, channel, RoundKind.DAILY, name, p, at));
        stores().rounds().close(round, NOW);
        return round;
    }

    protected List<String> lines(Scope scope, Period period) {
        return stores().standings().board(scope, period, 1_000, Optional.empty()).top().stream()
                .map(t -> t.name() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                .collect(Collectors.toList());
    }

    @Test
    void an_open_round_counts_for_nothing_until_it_is_revealed() {
        RoundId round = openRound(RoundKind.ASK, C1);
        answerTo(round, C1, RoundKind.ASK, "U1", 3, NOW);
        long before = stores().standings().version(TEAM);

        assertThat(lines(Scope.team(TEAM), Period.ALL)).isEmpty();
        assertThat(stores().standings().board(Scope.team(TEAM), Period.ALL, 10, Optional.of(player("U1"))))
                .isEqualTo(new Board(List.of(), Optional.empty(), 0));
        assertThat(stores().standings().channels(TEAM, Period.ALL)).isEmpty();
        assertThat(stores().standings().regulars(C1, NOW.minusSeconds(1))).isZero();
        assertThat(stores().standings().version(TEAM)).as("answers alone").isEqualTo(before);

        stores().rounds().close(round, NOW);

        assertThat(lines(Scope.team(TEAM), Period.ALL)).containsExactly("U1 3 1/1");
        assertThat(lines(Scope.channel(C1), Period.ALL)).containsExactly("U1 3 1/1");
        assertThat(stores().standings().regulars(C1, NOW.minusSeconds(1))).isEqualTo(1);
        assertThat(stores().standings().version(TEAM)).isGreaterThan(before);
    }

    @Test
    void practice_is_never_ranked_and_leaves_the_version_alone() {
        RoundId round = openRound(RoundKind.PRACTICE, C1);
        answerTo(round, C1, RoundKind.PRACTICE, "U1", 0, NOW);
        long before = stores().standings().version(TEAM);

        stores().rounds().close(round, NOW);
        stores().standings().rebuild(TEAM, ZoneId.of("UTC"));

        assertThat(lines(Scope.team(TEAM), Period.ALL)).isEmpty();
        assertThat(stores().standings().regulars(C1, NOW.minusSeconds(60))).isZero();
        assertThat(stores().standings().version(TEAM)).as("the rebuild only").isEqualTo(before + 1);
    }

    @Test
    void a_withdrawn_round_never_counts() {
        RoundId round = openRound(RoundKind.ASK, C1);
        answerTo(round, C1, RoundKind.ASK, "U1", 3, NOW);
        long before = stores().standings().version(TEAM);

        stores().rounds().withdraw(round, NOW);
        assertThat(stores().standings().version(TEAM)).isEqualTo(before);
        stores().standings().rebuild(TEAM, ZoneId.of("UTC"));

        assertThat(lines(Scope.team(TEAM), Period.ALL)).isEmpty();
        assertThat(stores().standings().regulars(C1, NOW.minusSeconds(60))).isZero();
    }

    @Test
    void the_board_is_ordered_by_points_then_correct_answers_then_player_and_ties_share_a_rank() {
        revealedRound(C1, Map.of("U1", 3, "U2", 0, "U3", 0, "U4", 0), NOW);
        revealedRound(C1, Map.of("U1", 3, "U3", 6, "U2", 6), NOW);

        Board board = stores().standings().board(Scope.team(TEAM), Period.ALL, 2, Optional.of(player("U4")));

        assertThat(board.top())
                .extracting(t -> t.player().value() + " " + t.points() + " " + t.correct() + "/" + t.answered())
                .containsExactly("U1 6 2/2", "U2 6 1/2");
        assertThat(board.players()).isEqualTo(4);
        assertThat(board.asker()).map(Board.RankedTotal::rank).contains(4);
        assertThat(board.asker()).map(a -> a.total().answered()).contains(1);
        assertThat(stores().standings()
                        .board(Scope.team(TEAM), Period.ALL, 2, Optional.of(player("U3")))
                        .asker())
                .map(Board.RankedTotal::rank)
                .as("tied with the two on top")
                .contains(1);
        assertThat(stores().standings()
                        .board(Scope.team(TEAM), Period.ALL, 2, Optional.of(player("U9")))
                        .asker())
                .as("no answer, no line")
                .isEmpty();
    }

    @Test
    void players_show_their_last_known_name_else_their_id() {
        stores().directory().rememberPlayer(new Player(player("U1"), "Alice"));
        revealedRound(C1, Map.of("U1", 3, "U2", 2), NOW);
        stores().directory().rememberPlayer(new Player(player("U1"), "Alice L."));

        assertThat(lines(Scope.team(TEAM), Period.ALL)).containsExactly("Alice L. 3 1/1", "U2 2 1/1");
    }

    @Test
    void channels_rank_with_their_points_and_active_players_in_the_period() {
        stores().directory().rememberChannel(C1, "general");
        revealedRound(C1, Map.of("U1", 3, "U2", 0), NOW);
        revealedRound(C2, Map.of("U1", 2), NOW);
        revealedRound(C2, Map.of("U3", 1), NOW.minus(Duration.ofDays(40)));
        revealedRound(new ChannelId(new TeamId(Platform.SLACK, "T2"), "C1"), Map.of("U1", 3), NOW);

        assertThat(stores().standings().channels(TEAM, Period.ALL))
                .containsExactlyInAnyOrder(new ChannelTotal(C1, "general", 3, 2), new ChannelTotal(C2, "C2", 3, 2));
        assertThat(stores().standings().channels(TEAM, Period.of(Window.MONTH, NOW, ZoneId.of("UTC"))))
                .containsExactlyInAnyOrder(new ChannelTotal(C1, "general", 3, 2), new ChannelTotal(C2, "C2", 2, 1));
    }

    @Test
    void regulars_are_the_players_of_revealed_rounds_in_the_channel_since_a_moment() {
        Instant since = NOW.minus(Duration.ofDays(7));
        revealedRound(C1, Map.of("U1", 3, "U2", 0), since);
        revealedRound(C1, Map.of("U1", 3, "U3", 1), since.minusMillis(1));
        revealedRound(C2, Map.of("U4", 3), NOW);
        RoundId open = openRound(RoundKind.ASK, C1);
        answerTo(open, C1, RoundKind.ASK, "U5", 3, NOW);

        assertThat(stores().standings().regulars(C1, since)).isEqualTo(2);
        assertThat(stores().standings().regulars(C1, since.minusMillis(1))).isEqualTo(3);
    }

    @Test
    void an_answer_counts_in_the_week_and_month_it_was_given_in_the_team_zone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        // Sunday evening in UTC is Monday morning in Tokyo; revealed weeks later, it still counts then.
        Instant sundayEvening = Instant.parse("2026-03-01T20:00:00Z");
        revealedRound(C1, Map.of("U1", 3), sundayEvening);

        assertThat(lines(Scope.team(TEAM), Period.week(LocalDate.parse("2026-03-02"))))
                .containsExactly("U1 3 1/1");
        assertThat(lines(Scope.channel(C1), Period.week(LocalDate.parse("2026-03-02"))))
                .containsExactly("U1 3 1/1");
        assertThat(lines(Scope.team(TEAM), Period.week(LocalDate.parse("2026-02-23"))))
                .isEmpty();
        assertThat(lines(Scope.team(TEAM), Period.month(YearMonth.parse("2026-03"))))
                .containsExactly("U1 3 1/1");
    }

    @Test
    void a_rebuild_moves_the_periods_to_the_new_zone_and_keeps_other_teams() {
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.SLACK, "T2"), "C1");
        revealedRound(C1, Map.of("U1", 3), Instant.parse("2026-03-01T20:00:00Z"));
        revealedRound(elsewhere, Map.of("U2", 2), Instant.parse("2026-03-01T20:00:00Z"));
        long otherVersion = stores().standings().version(elsewhere.team());

        stores().settings().setTimeZone(TEAM, ZoneId.of("Asia/Tokyo"));
        stores().standings().rebuild(TEAM, ZoneId.of("Asia/Tokyo"));

        Period sundayWeek = Period.week(LocalDate.parse("2026-02-23"));
        assertThat(lines(Scope.team(TEAM), sundayWeek)).isEmpty();
        assertThat(lines(Scope.team(TEAM), Period.week(LocalDate.parse("2026-03-02"))))
                .containsExactly("U1 3 1/1");
        assertThat(lines(Scope.team(TEAM), Period.ALL)).containsExactly("U1 3 1/1");
        assertThat(lines(Scope.team(elsewhere.team()), sundayWeek)).containsExactly("U2 2 1/1");
        assertThat(stores().standings().version(elsewhere.team())).isEqualTo(otherVersion);
    }

    @Test
    void the_version_moves_with_every_reveal_and_rebuild() {
        long before = stores().standings().version(TEAM);
        RoundId round = revealedRound(C1, Map.of(), NOW);
        long revealedVersion = stores().standings().version(TEAM);
        assertThat(revealedVersion).as("even a reveal without answers").isGreaterThan(before);

        stores().standings().rebuild(TEAM, ZoneId.of("UTC"));
        assertThat(stores().standings().version(TEAM)).isGreaterThan(revealedVersion);
        assertThat(stores().rounds().close(round, NOW)).isFalse();
        assertThat(stores().standings().version(new TeamId(Platform.SLACK, "T9")))
                .isZero();
    }

    @Test
    void a_question_scored_before_in_the_team_adds_no_points_again() {
        RoundId first = openRound(RoundKind.DAILY, C1);
        RoundId second = openRound(RoundKind.DAILY, C2);
        for (RoundId round : List.of(first, second)) {
            stores().answers()
                    .record(new Answer(
                            round,
                            player("U1"),
                            round.equals(first) ? C1 : C2,
                            RoundKind.DAILY,
                            "same-question",
                            "core-concepts",
                            Difficulty.ADVANCED,
                            Letter.A,
                            true,
                            3,
                            NOW));
            stores().rounds().close(round, NOW);
        }

        assertThat(lines(Scope.team(TEAM), Period.ALL)).containsExactly("U1 3 2/2");
        assertThat(lines(Scope.channel(C2), Period.ALL)).containsExactly("U1 0 1/1");
    }

    /** Opens a round and records random answers to it; returns its recorded answers. */
    protected List<Answer> roundWithAnswers(SplittableRandom random, RoundKind kind) {
        ChannelId channel = CHANNELS.get(random.nextInt(3));
        // Questions of the day have no one-open-per-channel slot, so many can be open at once here.
        RoundKind opened = kind == RoundKind.ASK ? RoundKind.DAILY : kind;
        RoundId id = openRound(opened, channel);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Difficulty level = Difficulty.values()[random.nextInt(3)];
            boolean correct = random.nextBoolean();
            Answer answer = new Answer(
                    id,
                    player("U" + random.nextInt(25)),
                    channel,
                    opened,
                    id.value(),
                    "core-concepts",
                    level,
                    Letter.A,
                    correct,
                    Scoring.pointsFor(opened, level, correct),
                    NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))));
            if (stores().answers().record(answer)) {
                answers.add(answer);
            }
        }
        return answers;
    }

    protected void reveal(List<Answer> answers) {
        answers.stream().map(Answer::round).distinct().forEach(round -> {
            stores().rounds().close(round, NOW);
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

    protected void assertTotalsMatch(List<Answer> answers, ZoneId zone) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.team(TEAM)));
        CHANNELS.forEach(c -> scopes.add(Scope.channel(c)));
        for (Scope scope : scopes) {
            for (Window window : Window.values()) {
                for (int daysBack : new int[] {0, 8, 35}) {
                    Period period = Period.of(window, NOW.minus(Duration.ofDays(daysBack)), zone);
                    List<String> expected = expected(answers, scope, period, zone);
                    assertThat(lines(scope, period))
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
            PlayerId player = player(line.split(" ")[0]);
            int own = Integer.parseInt(line.split(" ")[1]);
            Board board = stores().standings().board(scope, period, 1, Optional.of(player));
            assertThat(board.players())
                    .as("players of %s %s", scope.key(), period.key())
                    .isEqualTo(expected.size());
            assertThat(board.asker().orElseThrow().rank())
                    .as("rank of %s in %s %s", player.value(), scope.key(), period.key())
                    .isEqualTo(1 + (int) points.stream().filter(p -> p > own).count());
        }
    }

    protected List<Answer> randomRounds(SplittableRandom random, int count, boolean revealThem) {
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
        stores().settings().setTimeZone(TEAM, zone);
        List<Answer> answers = randomRounds(random, 30, true);
        List<Answer> stillOpen = randomRounds(random, 5, false);
        answers.addAll(stillOpen);

        assertTotalsMatch(answers, zone);

        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        stores().standings().rebuild(TEAM, tokyo);
        assertTotalsMatch(answers, tokyo);

        reveal(stillOpen);
        answers.addAll(randomRounds(random, 10, true));
        assertTotalsMatch(answers, tokyo);
    }
}
