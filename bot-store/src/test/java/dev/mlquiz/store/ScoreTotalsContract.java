package dev.mlquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Period;
import dev.mlquiz.core.score.Scope;
import dev.mlquiz.core.score.StandingsContract;
import dev.mlquiz.store.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What the score_totals table does on every engine: it keeps the standings' contract, also when two
 * processes share the database. One subclass per engine.
 */
abstract class ScoreTotalsContract extends StandingsContract {
    /** The test's database. */
    protected abstract TestDatabase db();

    @Override
    protected QuizStores stores() {
        return db().stores();
    }

    @Test
    void a_round_closed_by_two_processes_at_once_counts_once() throws Exception {
        List<Answer> answers = roundWithAnswers(new SplittableRandom(3), RoundKind.ASK);
        RoundId round = answers.get(0).round();
        try (Database second = db().openAnother()) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService closers = Executors.newFixedThreadPool(2);
            Future<Boolean> here = closers.submit(() -> {
                go.await();
                return db().stores().rounds().close(round, NOW);
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

    @RepeatedTest(3)
    void rounds_revealed_between_the_chunks_of_a_zone_change_count_exactly_once() {
        SplittableRandom random = new SplittableRandom();
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        stores().settings().setTimeZone(TEAM, losAngeles);
        List<Answer> answers = randomRounds(random, 20, true);
        List<Answer> stillOpen = randomRounds(random, 6, false);
        answers.addAll(stillOpen);
        List<Answer> here = stillOpen.subList(0, stillOpen.size() / 2);
        List<Answer> there = stillOpen.subList(stillOpen.size() / 2, stillOpen.size());
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        AtomicInteger chunks = new AtomicInteger();

        try (Database second = db().openAnother()) {
            // A chunk per player: the reveals land with some players re-derived and others not yet.
            new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 1, () -> {
                switch (chunks.incrementAndGet()) {
                    case 3 -> reveal(here);
                    case 9 -> there.stream().map(Answer::round).distinct().forEach(round -> {
                        JdbcStorage.stores(second).rounds().close(round, NOW);
                        revealed.add(round);
                    });
                    default -> {}
                }
            });
        }

        assertThat(chunks.get()).as("chunks").isGreaterThan(9);
        assertTotalsMatch(answers, tokyo);
    }

    @Test
    void a_zone_change_is_many_short_writes_and_a_write_queued_meanwhile_commits_before_it_ends() {
        List<Answer> answers = randomRounds(new SplittableRandom(17), 10, true);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        TeamId other = new TeamId(Platform.SLACK, "T9");
        List<Optional<String>> seenBetweenChunks = new ArrayList<>();

        new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 1, () -> {
            if (seenBetweenChunks.isEmpty()) {
                db().database()
                        .updateLater("INSERT INTO team_settings (team_key, time_zone) VALUES (?, 'UTC')", other.key());
            }
            seenBetweenChunks.add(stores().settings().timeZone(other).map(ZoneId::getId));
        });

        assertThat(seenBetweenChunks).as("a write unit per player").hasSizeGreaterThan(10);
        assertThat(seenBetweenChunks.get(1))
                .as("committed before the next chunk")
                .contains("UTC");
        assertTotalsMatch(answers, tokyo);
    }

    @Test
    void a_zone_change_overtaken_by_another_leaves_every_total_in_the_latest_zone() {
        List<Answer> answers = randomRounds(new SplittableRandom(23), 15, true);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        stores().settings().setTimeZone(TEAM, tokyo);
        AtomicInteger chunks = new AtomicInteger();

        new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 1, () -> {
            if (chunks.incrementAndGet() == 4) {
                stores().settings().setTimeZone(TEAM, losAngeles);
                stores().standings().rebuild(TEAM, losAngeles);
            }
        });

        assertThat(chunks.get()).as("the first change stops at its next chunk").isEqualTo(4);
        assertTotalsMatch(answers, losAngeles);
    }

    @Test
    void a_zone_change_cut_short_is_finished_after_a_restart_from_where_it_stopped() {
        List<Answer> answers = randomRounds(new SplittableRandom(29), 15, true);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        AtomicInteger chunks = new AtomicInteger();

        assertThatThrownBy(() -> new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 1, () -> {
                    if (chunks.incrementAndGet() == 3) {
                        throw new IllegalStateException("the process ends here");
                    }
                }))
                .hasMessage("the process ends here");
        db().reopen();
        assertThatThrownBy(() -> assertTotalsMatch(answers, tokyo))
                .as("three players re-derived, the others not")
                .isInstanceOf(AssertionError.class);

        assertThat(db().stores().standings().resumeRebuilds()).containsExactly(TEAM);
        assertTotalsMatch(answers, tokyo);
        assertThat(db().stores().standings().resumeRebuilds())
                .as("nothing left")
                .isEmpty();
    }

    @Test
    void a_process_stopping_right_after_saving_the_zone_leaves_a_change_the_next_start_finishes() {
        List<Answer> answers = randomRounds(new SplittableRandom(37), 12, true);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().standings().beginRebuild(TEAM, tokyo);
        stores().settings().setTimeZone(TEAM, tokyo);
        db().reopen();

        assertThat(db().stores().standings().resumeRebuilds()).containsExactly(TEAM);
        assertTotalsMatch(answers, tokyo);
    }

    @Test
    void a_process_stopping_before_saving_the_zone_leaves_the_totals_in_the_zone_still_saved() {
        List<Answer> answers = randomRounds(new SplittableRandom(41), 12, true);
        stores().standings().beginRebuild(TEAM, ZoneId.of("Asia/Tokyo"));
        db().reopen();

        db().stores().standings().resumeRebuilds();

        assertTotalsMatch(answers, ZoneId.of("UTC"));
        assertThat(db().stores().standings().resumeRebuilds())
                .as("the dropped change is gone")
                .isEmpty();
    }

    @Test
    void two_processes_finishing_one_cut_short_zone_change_take_its_chunks_in_turn() throws Exception {
        List<Answer> answers = randomRounds(new SplittableRandom(31), 20, true);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);
        assertThatThrownBy(() -> new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 1, () -> {
                    throw new IllegalStateException("the process ends here");
                }))
                .hasMessage("the process ends here");

        try (Database second = db().openAnother()) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService processes = Executors.newFixedThreadPool(2);
            List<Future<List<TeamId>>> resumed = new ArrayList<>();
            for (Database each : List.of(db().database(), second)) {
                resumed.add(processes.submit(() -> {
                    go.await();
                    return new JdbcStandings(each).resumeRebuilds();
                }));
            }
            go.countDown();
            processes.shutdown();
            List<TeamId> completed = new ArrayList<>();
            for (Future<List<TeamId>> each : resumed) {
                completed.addAll(each.get(30, TimeUnit.SECONDS));
            }
            assertThat(completed).as("the one that ran the last chunk").containsExactly(TEAM);
        }

        assertTotalsMatch(answers, tokyo);
        assertThat(stores().standings().resumeRebuilds()).isEmpty();
    }

    @Test
    void a_zone_change_in_chunks_leaves_other_teams_alone_also_for_players_in_both_or_in_between() {
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.SLACK, "T2"), "C1");
        Instant sundayEvening = Instant.parse("2026-03-01T20:00:00Z");
        // In key order U1 (both teams), U15 (the other team only), U2 (this team): one chunk spans U15.
        revealedRound(CHANNELS.get(0), Map.of("U1", 3, "U2", 2), sundayEvening);
        revealedRound(elsewhere, Map.of("U1", 1, "U15", 2), sundayEvening);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        stores().settings().setTimeZone(TEAM, tokyo);

        new JdbcStandings(db().database()).rebuild(TEAM, tokyo, 2, () -> {});

        Period sundayWeek = Period.week(LocalDate.parse("2026-02-23"));
        Period mondayWeek = Period.week(LocalDate.parse("2026-03-02"));
        assertThat(lines(Scope.team(TEAM), sundayWeek)).isEmpty();
        assertThat(lines(Scope.team(TEAM), mondayWeek)).containsExactly("U1 3 1/1", "U2 2 1/1");
        assertThat(lines(Scope.channel(CHANNELS.get(0)), mondayWeek)).containsExactly("U1 3 1/1", "U2 2 1/1");
        assertThat(lines(Scope.team(elsewhere.team()), sundayWeek)).containsExactly("U15 2 1/1", "U1 1 1/1");
        assertThat(lines(Scope.channel(elsewhere), sundayWeek)).containsExactly("U15 2 1/1", "U1 1 1/1");
        assertThat(lines(Scope.team(elsewhere.team()), mondayWeek)).isEmpty();
    }

    @Test
    void the_board_version_moves_with_a_reveal_in_another_process() {
        long before = db().stores().standings().version(TEAM);
        List<Answer> answers = roundWithAnswers(new SplittableRandom(5), RoundKind.ASK);

        try (Database second = db().openAnother()) {
            JdbcStorage.stores(second).rounds().close(answers.get(0).round(), NOW);
        }

        assertThat(db().stores().standings().version(TEAM)).isGreaterThan(before);
    }
}
