package dev.mlquiz.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link ReportStore} must do; one subclass per implementation. */
public abstract class ReportStoreContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    protected static final TeamId TEAM = new TeamId(Platform.SLACK, "T1");
    protected static final TeamId OTHER_TEAM = new TeamId(Platform.SLACK, "T2");
    protected static final PlayerId ALICE = new PlayerId(Platform.SLACK, "U1");
    protected static final PlayerId BOB = new PlayerId(Platform.SLACK, "U2");

    protected abstract ReportStore store();

    /** Files with no limit in the way. */
    ReportStore.Filing file(Report report) {
        return store().file(report, Integer.MAX_VALUE, Instant.EPOCH);
    }

    static Report report(PlayerId who, String question, ReportReason reason, String note, Instant at) {
        return new Report(TEAM, question, who, reason, note, at);
    }

    @Test
    void open_reports_are_summed_up_by_question_most_recently_reported_first() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        file(report(BOB, "q1", ReportReason.WRONG_ANSWER, "B is right, not C", T0.plusSeconds(60)));
        file(report(ALICE, "q2", ReportReason.OUTDATED, "old API", T0.plusSeconds(30)));

        assertThat(store().open(TEAM))
                .containsExactly(
                        new ReportSummary(
                                "q1",
                                2,
                                Map.of(ReportReason.UNCLEAR, 1, ReportReason.WRONG_ANSWER, 1),
                                List.of("B is right, not C"),
                                T0.plusSeconds(60)),
                        new ReportSummary(
                                "q2", 1, Map.of(ReportReason.OUTDATED, 1), List.of("old API"), T0.plusSeconds(30)));
        assertThat(store().open(OTHER_TEAM)).isEmpty();
    }

    @Test
    void a_players_repeated_report_counts_once_and_says_what_they_said_last() {
        assertThat(file(report(ALICE, "q1", ReportReason.UNCLEAR, "first", T0))).isEqualTo(ReportStore.Filing.FILED);
        assertThat(file(report(ALICE, "q1", ReportReason.WRONG_ANSWER, "second", T0.plusSeconds(5))))
                .isEqualTo(ReportStore.Filing.RENEWED);

        assertThat(store().open(TEAM))
                .containsExactly(new ReportSummary(
                        "q1", 1, Map.of(ReportReason.WRONG_ANSWER, 1), List.of("second"), T0.plusSeconds(5)));
    }

    @Test
    void the_same_question_reported_in_two_teams_is_two_reports() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        file(new Report(OTHER_TEAM, "q1", ALICE, ReportReason.UNCLEAR, "", T0));

        assertThat(store().open(TEAM)).hasSize(1);
        assertThat(store().open(OTHER_TEAM)).hasSize(1);
    }

    @Test
    void a_summary_keeps_the_three_newest_notes() {
        for (int i = 0; i < 5; i++) {
            file(report(
                    new PlayerId(Platform.SLACK, "U" + (10 + i)),
                    "q1",
                    ReportReason.OTHER,
                    "note " + i,
                    T0.plusSeconds(i)));
        }

        assertThat(store().open(TEAM).get(0).notes()).containsExactly("note 4", "note 3", "note 2");
        assertThat(store().open(TEAM).get(0).reporters()).isEqualTo(5);
    }

    @Test
    void dismissing_closes_the_questions_open_reports_in_that_team_only() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        file(report(BOB, "q1", ReportReason.UNCLEAR, "", T0));
        file(new Report(OTHER_TEAM, "q1", ALICE, ReportReason.UNCLEAR, "", T0));

        assertThat(store().dismiss(TEAM, "q1")).isEqualTo(2);
        assertThat(store().dismiss(TEAM, "q1")).isZero();
        assertThat(store().open(TEAM)).isEmpty();
        assertThat(store().open(OTHER_TEAM)).hasSize(1);
        assertThat(store().retired(TEAM)).isEmpty();
    }

    @Test
    void a_report_after_a_dismissal_opens_again() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        store().dismiss(TEAM, "q1");

        assertThat(file(report(ALICE, "q1", ReportReason.OUTDATED, "still wrong", T0.plusSeconds(60))))
                .isEqualTo(ReportStore.Filing.FILED);
        assertThat(store().open(TEAM)).extracting(ReportSummary::reporters).containsExactly(1);
    }

    @Test
    void retiring_takes_the_question_out_of_the_team_and_closes_its_reports() {
        file(report(ALICE, "q1", ReportReason.WRONG_ANSWER, "", T0));

        assertThat(store().retire(TEAM, "q1", T0.plusSeconds(1))).isEqualTo(1);
        assertThat(store().retire(TEAM, "q1", T0.plusSeconds(2))).isZero();
        assertThat(store().retire(TEAM, "q9", T0.plusSeconds(2))).isZero();

        assertThat(store().retired(TEAM)).containsExactlyInAnyOrder("q1", "q9");
        assertThat(store().retired(OTHER_TEAM)).isEmpty();
        assertThat(store().open(TEAM)).isEmpty();
    }

    @Test
    void a_restored_question_is_back_in_rotation() {
        store().retire(TEAM, "q1", T0);

        assertThat(store().restore(TEAM, "q1")).isTrue();
        assertThat(store().restore(TEAM, "q1")).isFalse();
        assertThat(store().retired(TEAM)).isEmpty();
    }

    @Test
    void the_rate_limit_counts_every_filing_of_a_player_in_every_team_since_a_time() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0.minusSeconds(1)));
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        file(report(ALICE, "q2", ReportReason.UNCLEAR, "", T0.plus(Duration.ofMinutes(30))));
        file(new Report(OTHER_TEAM, "q3", ALICE, ReportReason.UNCLEAR, "", T0.plus(Duration.ofMinutes(40))));
        file(report(BOB, "q1", ReportReason.UNCLEAR, "", T0.plus(Duration.ofMinutes(40))));

        assertThat(store().filedSince(ALICE, T0.minusSeconds(1)))
                .as("a renewal counts too")
                .isEqualTo(4);
        assertThat(store().filedSince(ALICE, T0)).isEqualTo(3);
        assertThat(store().filedSince(ALICE, T0.plus(Duration.ofMinutes(30)))).isEqualTo(2);
        assertThat(store().filedSince(ALICE, T0.plus(Duration.ofHours(1)))).isZero();
    }

    @Test
    void a_filing_past_the_limit_changes_nothing() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "one", T0));
        file(report(ALICE, "q2", ReportReason.UNCLEAR, "two", T0.plusSeconds(1)));

        assertThat(store().file(report(ALICE, "q1", ReportReason.OTHER, "three", T0.plusSeconds(2)), 2, T0))
                .isEqualTo(ReportStore.Filing.LIMITED);
        assertThat(store().file(report(ALICE, "q3", ReportReason.OTHER, "", T0.plusSeconds(2)), 2, T0))
                .isEqualTo(ReportStore.Filing.LIMITED);
        assertThat(store().file(report(BOB, "q3", ReportReason.OTHER, "", T0.plusSeconds(2)), 2, T0))
                .as("another player")
                .isEqualTo(ReportStore.Filing.FILED);
        assertThat(store().file(report(ALICE, "q3", ReportReason.OTHER, "", T0.plusSeconds(2)), 2, T0.plusSeconds(1)))
                .as("once the first filing is out of the window")
                .isEqualTo(ReportStore.Filing.FILED);
        assertThat(store().open(TEAM).stream().filter(s -> s.questionId().equals("q1")))
                .singleElement()
                .satisfies(q1 -> assertThat(q1.notes()).containsExactly("one"));
    }

    @Test
    void simultaneous_filings_of_one_player_never_pass_the_limit() throws Exception {
        int limit = 10;
        List<Callable<ReportStore.Filing>> filings = IntStream.range(0, 30)
                .<Callable<ReportStore.Filing>>mapToObj(i ->
                        () -> store().file(report(ALICE, "q" + i, ReportReason.OTHER, "", T0.plusMillis(i)), limit, T0))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<ReportStore.Filing> outcomes = new ArrayList<>();
            for (Future<ReportStore.Filing> outcome : threads.invokeAll(filings)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes)
                    .filteredOn(f -> f != ReportStore.Filing.LIMITED)
                    .hasSize(limit);
        } finally {
            threads.shutdownNow();
        }
        assertThat(store().filedSince(ALICE, T0)).isEqualTo(limit);
        assertThat(store().open(TEAM)).hasSize(limit);
    }

    @Test
    void filings_a_day_older_than_the_latest_are_forgotten() {
        file(report(ALICE, "q1", ReportReason.UNCLEAR, "", T0));
        file(report(
                ALICE,
                "q2",
                ReportReason.UNCLEAR,
                "",
                T0.plus(Duration.ofDays(1)).plusSeconds(1)));

        assertThat(store().filedSince(ALICE, T0.minusSeconds(1))).isEqualTo(1);
        assertThat(store().open(TEAM)).as("the reports themselves stay").hasSize(2);
    }

    @Test
    void a_long_history_comes_out_whole_and_in_order() {
        int reports = 2_500;
        for (int i = 0; i < reports; i++) {
            // Pairs of reports at the same instant, one pair across the first page break (at 1,000 rows), so
            // paging must tell rows apart by more than their time.
            file(report(
                    new PlayerId(Platform.SLACK, "U" + (1000 + i)),
                    "q" + (i % 7),
                    ReportReason.OTHER,
                    "",
                    T0.plusMillis((i + 1) / 2)));
        }

        List<FiledReport> all = new ArrayList<>();
        store().forEach(all::add);

        assertThat(all).hasSize(reports);
        assertThat(all).extracting(FiledReport::at).isSorted();
    }

    @Test
    void a_report_renewed_during_the_export_comes_out_once() {
        int reports = 1_500; // more than a store may read at a time
        for (int i = 0; i < reports; i++) {
            file(report(
                    new PlayerId(Platform.SLACK, "U" + (1000 + i)), "q1", ReportReason.OTHER, "", T0.plusMillis(i)));
        }

        List<FiledReport> all = new ArrayList<>();
        store().forEach(report -> {
            if (all.isEmpty()) {
                // The oldest report, filed again by its player: now the newest.
                file(report(new PlayerId(Platform.SLACK, "U1000"), "q1", ReportReason.UNCLEAR, "", T0.plusSeconds(60)));
            }
            all.add(report);
        });

        assertThat(all).hasSize(reports);
    }

    @Test
    void every_report_is_listed_for_the_maintainers_with_its_status_oldest_first() {
        file(report(ALICE, "q1", ReportReason.WRONG_ANSWER, "B, not C, \"quoted\"\nnew line ü", T0));
        file(new Report(OTHER_TEAM, "q2", BOB, ReportReason.OTHER, "", T0.plusSeconds(10)));
        file(report(BOB, "q3", ReportReason.UNCLEAR, "", T0.plusSeconds(20)));
        store().retire(TEAM, "q1", T0.plusSeconds(30));
        store().dismiss(TEAM, "q3");

        List<FiledReport> all = new ArrayList<>();
        store().forEach(all::add);

        assertThat(all)
                .containsExactly(
                        new FiledReport(
                                TEAM,
                                "q1",
                                ReportReason.WRONG_ANSWER,
                                "B, not C, \"quoted\"\nnew line ü",
                                T0,
                                ReportStatus.RETIRED),
                        new FiledReport(
                                OTHER_TEAM, "q2", ReportReason.OTHER, "", T0.plusSeconds(10), ReportStatus.OPEN),
                        new FiledReport(
                                TEAM, "q3", ReportReason.UNCLEAR, "", T0.plusSeconds(20), ReportStatus.DISMISSED));
    }
}
