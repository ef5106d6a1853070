package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.ReportsView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TopicsView;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportTest {
    static final ChannelId OTHER_TEAMS_CHANNEL = new ChannelId(new TeamId(Platform.CONSOLE, "other"), "general");

    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(TestBanks.beginner(3), MutableClock.at("2026-03-04T10:00:00Z"));

    String said(Reply reply) {
        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        return english(((Notice) reply.view()).message());
    }

    ReportsView listed() {
        return (ReportsView) f.run(admin(CHANNEL, "boss"), "reports").view();
    }

    String questionIdOf(QuestionCard card) {
        return f.stores().rounds().find(card.round()).orElseThrow().questionId();
    }

    @Test
    void a_player_reports_a_question_by_its_id_and_the_admins_see_it() {
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q2 wrong B is the right one, see the docs")))
                .isEqualTo("Thanks: your report on \u201cQuestion number 2?\u201d is with the admins here.");

        ReportsView view = listed();
        assertThat(view.entries()).hasSize(1);
        ReportsView.Entry entry = view.entries().get(0);
        assertThat(entry.questionId()).isEqualTo("q2");
        assertThat(entry.prompt()).isEqualTo("Question number 2?");
        assertThat(entry.summary().notes()).containsExactly("B is the right one, see the docs");
        assertThat(english(entry.tally())).isEqualTo("1 report: wrong answer \u00d71");
        assertThat(english(view.title())).isEqualTo("Open reports: 1 question");
    }

    @Test
    void a_players_repeated_report_counts_once() {
        f.run(in(CHANNEL, "alice"), "report q1 unclear");
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 outdated the API changed")))
                .startsWith("You had already reported \u201cQuestion number 1?\u201d");
        f.run(in(CHANNEL, "bob"), "report q1 unclear");

        ReportsView.Entry entry = listed().entries().get(0);
        assertThat(entry.summary().reporters()).isEqualTo(2);
        assertThat(entry.summary().reasons()).isEqualTo(Map.of(ReportReason.OUTDATED, 1, ReportReason.UNCLEAR, 1));
        assertThat(english(entry.tally())).isEqualTo("2 reports: unclear \u00d71, outdated \u00d71");
    }

    @Test
    void reports_are_listed_most_recently_reported_first() {
        f.run(in(CHANNEL, "alice"), "report q1 unclear");
        f.clock.advance(Duration.ofMinutes(1));
        f.run(in(CHANNEL, "alice"), "report q3 other");

        assertThat(listed().entries()).extracting(ReportsView.Entry::questionId).containsExactly("q3", "q1");
    }

    @Test
    void a_report_from_the_button_under_a_reveal_names_the_rounds_question() {
        QuestionCard card = f.ask();
        f.clock.advance(Duration.ofMinutes(5));
        f.quiz.closeDueRounds();

        Notice filed = f.quiz.report(
                player("alice").id(), CHANNEL, card.round(), ReportReason.UNCLEAR, "  two options say the same  ");

        assertThat(filed.tone()).isEqualTo(Notice.Tone.INFO);
        assertThat(f.stores().reports().open(QuizFixture.TEAM))
                .extracting(ReportSummary::questionId, ReportSummary::notes)
                .containsExactly(tuple(questionIdOf(card), List.of("two options say the same")));
    }

    @Test
    void a_stale_or_foreign_report_button_reports_nothing() {
        QuestionCard card = f.ask();

        Notice unknown = f.quiz.report(player("alice").id(), CHANNEL, new RoundId("zzzz9999"), ReportReason.OTHER, "");
        Notice foreign = f.quiz.report(player("alice").id(), OTHER_TEAMS_CHANNEL, card.round(), ReportReason.OTHER, "");

        assertThat(english(unknown.message())).startsWith("That question is no longer known here.");
        assertThat(foreign).isEqualTo(unknown);
        assertThat(f.stores().reports().open(QuizFixture.TEAM)).isEmpty();
        assertThat(f.stores().reports().open(OTHER_TEAMS_CHANNEL.team())).isEmpty();
    }

    @Test
    void bad_reports_are_refused_with_what_would_work() {
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q9 wrong"))).startsWith("There is no question 'q9'.");
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 boring")))
                .startsWith("'boring' is not a reason to report");
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 " + "b".repeat(300))))
                .as("a long word is quoted by its start, as the forms quote it")
                .startsWith("'" + "b".repeat(39) + "…' is not a reason to report");
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1"))).startsWith("Usage: /mlquiz report <question>");
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 other " + "x".repeat(501))))
                .isEqualTo("A report's details are at most 500 characters; yours have 501.");
        assertThat(f.quiz.report(player("alice").id(), CHANNEL, f.ask().round(), ReportReason.OTHER, "y".repeat(501))
                        .tone())
                .as("a forged form bypassing the platform's limit")
                .isEqualTo(Notice.Tone.ERROR);
        assertThat(f.stores().reports().open(QuizFixture.TEAM)).isEmpty();
    }

    @Test
    void control_characters_are_left_out_of_the_details() {
        f.quiz.report(player("alice").id(), CHANNEL, f.ask().round(), ReportReason.OTHER, "a\u0000b\u0007 c\nd\te");

        assertThat(listed().entries().get(0).summary().notes()).containsExactly("ab c\nd\te");
    }

    @Test
    void a_question_id_copied_with_its_backticks_is_understood() {
        f.run(in(CHANNEL, "alice"), "report `q1` unclear");

        assertThat(listed().entries()).extracting(ReportsView.Entry::questionId).containsExactly("q1");
    }

    @Test
    void reporting_is_rate_limited_per_player_for_an_hour() {
        for (int i = 0; i < Reporting.LIMIT; i++) {
            f.run(in(CHANNEL, "alice"), "report q1 other try " + i);
        }

        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 other")))
                .isEqualTo("You have sent 10 reports in the last hour, the most there may be."
                        + " Please wait a little before the next.");
        assertThat(listed().entries().get(0).summary().notes())
                .as("the refused one changed nothing")
                .containsExactly("try 9");
        assertThat(said(f.run(in(CHANNEL, "bob"), "report q1 other"))).startsWith("Thanks");

        f.clock.advance(Reporting.LIMIT_WINDOW.plusSeconds(1));
        assertThat(said(f.run(in(CHANNEL, "alice"), "report q1 other"))).startsWith("You had already reported");
    }

    @Test
    void only_admins_list_retire_dismiss_or_restore() {
        for (String command :
                new String[] {"reports", "reports retire q1", "reports dismiss q1", "reports restore q1"}) {
            assertThat(said(f.run(in(CHANNEL, "alice"), command)))
                    .isEqualTo("Only admins can list reports and retire, dismiss or restore a question.");
        }
    }

    @Test
    void reports_list_is_the_same_as_reports_alone() {
        f.run(in(CHANNEL, "alice"), "report q1 unclear");

        assertThat(f.run(admin(CHANNEL, "boss"), "reports list").view()).isEqualTo(listed());
    }

    @Test
    void no_open_reports_says_how_players_report() {
        assertThat(english(((Notice) f.run(admin(CHANNEL, "boss"), "reports").view()).message()))
                .startsWith("No open reports.");
    }

    @Test
    void a_retired_question_never_comes_back_in_rounds_practice_review_or_questions_of_the_day() {
        f.run(in(CHANNEL, "alice"), "report q2 wrong");
        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports retire q2")))
                .isEqualTo("Retired q2: this team will not see it again in rounds, reviews or questions of the day."
                        + " Reports closed: 1.");
        assertThat(f.run(admin(CHANNEL, "boss"), "reports").view()).isInstanceOf(Notice.class);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            QuestionCard asked = f.ask();
            seen.add(questionIdOf(asked));
            f.clock.advance(Duration.ofMinutes(5));
            f.quiz.closeDueRounds();
            QuestionCard practised =
                    (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
            seen.add(questionIdOf(practised));
            f.answer("alice", practised, f.wrongLetter(practised));
        }
        assertThat(seen).containsExactlyInAnyOrder("q1", "q3");
    }

    @Test
    void a_retired_question_due_for_review_is_skipped() {
        QuestionCard practised =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
        String missed = questionIdOf(practised);
        f.answer("alice", practised, f.wrongLetter(practised));
        f.run(admin(CHANNEL, "boss"), "reports retire " + missed);
        f.clock.advance(Duration.ofMinutes(2));

        Reply review = f.run(in(CHANNEL, "alice"), "review");

        QuestionCard card = ((NotedCard) review.view()).card();
        assertThat(questionIdOf(card)).isNotEqualTo(missed);
    }

    @Test
    void a_retired_question_is_not_the_question_of_the_day() {
        f.run(admin(CHANNEL, "boss"), "reports retire q1");
        f.run(admin(CHANNEL, "boss"), "reports retire q2");
        f.run(admin(CHANNEL, "boss"), "qotd on 09:00");

        Set<String> posted = new HashSet<>();
        for (int day = 0; day < 4; day++) {
            f.clock.advance(Duration.ofDays(1));
            f.quiz.postDueDailyQuestions()
                    .forEach(round -> posted.add(
                            f.stores().rounds().find(round).orElseThrow().questionId()));
        }
        assertThat(posted).containsOnly("q3");
    }

    @Test
    void review_offers_no_retired_question_as_a_new_one() {
        f.run(admin(CHANNEL, "boss"), "reports retire q1");
        f.run(admin(CHANNEL, "boss"), "reports retire q3");

        NotedCard offered = (NotedCard) f.run(in(CHANNEL, "alice"), "review").view();

        assertThat(questionIdOf(offered.card())).isEqualTo("q2");
        assertThat(english(offered.note())).contains("(1 left)");
    }

    @Test
    void a_retired_question_is_neither_due_for_review_nor_counted_in_the_topics() {
        QuestionCard practised =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice").view();
        String missed = questionIdOf(practised);
        f.answer("alice", practised, f.wrongLetter(practised));
        f.clock.advance(Duration.ofHours(2));
        int topicsBefore = f.quiz.topics(QuizFixture.TEAM).topics().stream()
                .mapToInt(TopicsView.Line::questions)
                .sum();

        f.run(admin(CHANNEL, "boss"), "reports retire " + missed);

        StatsView stats = (StatsView) f.run(in(CHANNEL, "alice"), "stats").view();
        assertThat(stats.review()).hasValueSatisfying(review -> {
            assertThat(review.dueNow()).isZero();
            assertThat(review.forecast()).extracting(StatsView.DayCount::count).containsOnly(0);
        });
        assertThat(f.quiz.topics(QuizFixture.TEAM).topics().stream()
                        .mapToInt(TopicsView.Line::questions)
                        .sum())
                .isEqualTo(topicsBefore - 1);
        assertThat(f.quiz.topics(OTHER_TEAMS_CHANNEL.team()).topics().stream()
                        .mapToInt(TopicsView.Line::questions)
                        .sum())
                .as("another team's topics")
                .isEqualTo(topicsBefore);
    }

    @Test
    void retiring_is_per_team() {
        f.run(admin(CHANNEL, "boss"), "reports retire q1");

        Set<String> seen = new HashSet<>();
        IntStream.range(0, 9).forEach(i -> {
            seen.add(questionIdOf(f.ask(OTHER_TEAMS_CHANNEL, "ask")));
            f.clock.advance(Duration.ofMinutes(5));
            f.quiz.closeDueRounds();
        });
        assertThat(seen).contains("q1");
    }

    @Test
    void a_restored_question_comes_back_and_restoring_twice_says_so() {
        f.run(admin(CHANNEL, "boss"), "reports retire q1");

        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports restore q1")))
                .isEqualTo("q1 is back in this team's questions.");
        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports restore q1"))).isEqualTo("q1 is not retired here.");
        assertThat(f.stores().reports().retired(QuizFixture.TEAM)).isEmpty();
    }

    @Test
    void dismissing_closes_the_reports_and_keeps_the_question() {
        f.run(in(CHANNEL, "alice"), "report q1 unclear");
        f.run(in(CHANNEL, "bob"), "report q1 unclear");

        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports dismiss q1"))).isEqualTo("Dismissed 2 reports on q1.");
        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports dismiss q1")))
                .isEqualTo("There are no open reports on q1.");
        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports retire q7"))).startsWith("There is no question 'q7'.");
        assertThat(f.stores().reports().retired(QuizFixture.TEAM)).isEmpty();
    }

    @Test
    void reports_on_a_question_the_bank_has_dropped_can_still_be_dismissed() {
        f.stores()
                .reports()
                .file(
                        new Report(
                                QuizFixture.TEAM,
                                "gone",
                                player("alice").id(),
                                ReportReason.OUTDATED,
                                "",
                                f.clock.instant()),
                        1,
                        f.clock.instant());

        assertThat(listed().entries().get(0).prompt()).isEmpty();
        assertThat(said(f.run(admin(CHANNEL, "boss"), "reports dismiss gone")))
                .isEqualTo("Dismissed 1 report on gone.");
    }

    @Test
    void a_long_list_shows_the_newest_and_counts_the_rest() {
        var big =
                QuizFixture.perTest(TestBanks.beginner(Reporting.LISTED + 4), MutableClock.at("2026-03-04T10:00:00Z"));
        try {
            for (int q = 1; q <= Reporting.LISTED + 4; q++) {
                big.run(in(CHANNEL, "p" + q), "report q" + q + " other");
                big.clock.advance(Duration.ofSeconds(1));
            }
            ReportsView view =
                    (ReportsView) big.run(admin(CHANNEL, "boss"), "reports").view();
            assertThat(view.entries()).hasSize(Reporting.LISTED);
            assertThat(view.entries().get(0).questionId()).isEqualTo("q" + (Reporting.LISTED + 4));
            assertThat(view.more()).isEqualTo(4);
            assertThat(view.moreLine().map(t -> english(t)))
                    .contains("\u2026and 4 more: retire or dismiss these to see the rest.");
        } finally {
            big.close();
        }
    }
}
