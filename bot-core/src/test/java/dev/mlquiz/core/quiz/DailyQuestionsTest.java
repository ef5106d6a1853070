package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.English.notice;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.StatsView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DailyQuestionsTest {
    static final ChannelId BERLIN = new ChannelId(TEAM, "berlin");
    static final ChannelId NEW_YORK = new ChannelId(TEAM, "newyork");

    // Monday 2 March 2026, 06:00 UTC.
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(40, List.of("core-concepts", "llms-nlp"), List.of("beginner", "advanced")),
            MutableClock.at("2026-03-02T06:00:00Z"));

    Reply qotd(ChannelId channel, String args) {
        return f.run(admin(channel, "boss"), "qotd " + args);
    }

    void at(String instant) {
        f.clock.set(Instant.parse(instant));
    }

    /** One sweep of the timer, in its order: close what is due, then post what is due. */
    List<RoundId> tick() {
        f.quiz.closeDueRounds();
        return f.quiz.postDueDailyQuestions();
    }

    List<ChannelId> postedChannels() {
        return f.announcer.dailyPosts.stream()
                .map(RecordingAnnouncer.DailyPost::channel)
                .collect(Collectors.toList());
    }

    QuestionCard lastCard() {
        return f.announcer.dailyPosts.get(f.announcer.dailyPosts.size() - 1).card();
    }

    @Test
    void each_channel_gets_its_question_at_its_own_local_time() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        qotd(NEW_YORK, "on 09:00 America/New_York");

        at("2026-03-02T07:59:00Z");
        assertThat(tick()).isEmpty();
        at("2026-03-02T08:00:00Z");
        assertThat(tick()).hasSize(1);
        at("2026-03-02T13:59:00Z");
        assertThat(tick()).isEmpty();
        at("2026-03-02T14:00:00Z");
        assertThat(tick()).hasSize(1);

        assertThat(postedChannels()).containsExactly(BERLIN, NEW_YORK);
        assertThat(lastCard().kind()).isEqualTo(RoundKind.DAILY);
    }

    @Test
    void a_process_posts_only_for_the_teams_it_serves() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        at("2026-03-02T08:00:00Z");

        assertThat(f.quiz.postDueDailyQuestions(team -> !team.equals(TEAM))).isEmpty();
        assertThat(f.quiz.postDueDailyQuestions(team -> team.equals(TEAM))).hasSize(1);
        assertThat(postedChannels()).containsExactly(BERLIN);
    }

    @Test
    void a_channel_never_gets_two_questions_for_the_same_local_date() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        at("2026-03-02T08:00:00Z");
        tick();

        at("2026-03-02T12:00:00Z");
        tick();
        f.restart();
        tick();

        assertThat(f.announcer.dailyPosts).hasSize(1);
    }

    @Test
    void after_a_restart_before_the_post_time_it_posts_on_time() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        at("2026-03-02T07:00:00Z");
        f.restart();
        assertThat(tick()).isEmpty();

        at("2026-03-02T08:00:00Z");

        assertThat(tick()).hasSize(1);
    }

    @Test
    void a_bot_that_was_down_at_post_time_posts_late_the_same_day_but_not_the_next() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        at("2026-03-02T15:30:00Z");
        f.restart();

        assertThat(tick()).hasSize(1);

        at("2026-03-04T07:00:00Z");
        assertThat(tick())
                .as("Tuesday was missed entirely; Wednesday is not due yet")
                .isEmpty();
    }

    @Test
    void two_processes_on_one_database_post_once() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        RecordingAnnouncer other = new RecordingAnnouncer();
        Quiz second = f.anotherInstance(other);
        at("2026-03-02T08:00:00Z");

        List<RoundId> first = f.quiz.postDueDailyQuestions();
        List<RoundId> again = second.postDueDailyQuestions();

        assertThat(first.size() + again.size()).isEqualTo(1);
        assertThat(f.announcer.dailyPosts.size() + other.dailyPosts.size()).isEqualTo(1);
    }

    @Test
    void weekends_are_skipped_by_default() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        for (String day : List.of("2026-03-07", "2026-03-08")) {
            at(day + "T10:00:00Z");
            tick();
        }
        at("2026-03-09T10:00:00Z");
        tick();

        assertThat(f.announcer.dailyPosts).hasSize(1);
        assertThat(qotd(BERLIN, "status").view()).isInstanceOf(Notice.class);
    }

    @Test
    void spring_forward_posts_once_when_the_missing_time_has_passed() {
        qotd(BERLIN, "on 02:30 Europe/Berlin daily");
        at("2026-03-29T01:29:00Z");
        assertThat(tick()).isEmpty();

        at("2026-03-29T01:30:00Z");
        assertThat(tick()).hasSize(1);
        at("2026-03-29T10:00:00Z");
        assertThat(tick()).isEmpty();
    }

    @Test
    void fall_back_posts_once_at_the_first_of_the_two_times() {
        qotd(BERLIN, "on 02:30 Europe/Berlin daily");
        at("2026-10-25T00:29:00Z");
        assertThat(tick()).isEmpty();

        at("2026-10-25T00:30:00Z");
        assertThat(tick()).hasSize(1);
        at("2026-10-25T01:30:00Z");
        assertThat(tick()).as("02:30 again, in winter time").isEmpty();
    }

    @Test
    void the_question_stays_open_until_shortly_before_the_next_and_its_reveal_tells_the_story() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        QuestionCard asked = f.ask(BERLIN, "ask");
        f.answer("dave", asked, f.correctLetter(asked));
        f.run(admin(BERLIN, "boss"), "close");
        at("2026-03-02T08:00:00Z");
        tick();
        QuestionCard card = lastCard();
        assertThat(card.closesAt())
                .isEqualTo(Instant.parse("2026-03-03T08:00:00Z").minus(Duration.ofMinutes(15)));
        f.clock.advance(Duration.ofMinutes(5));
        f.answer("bob", card, f.wrongLetter(card));
        f.clock.advance(Duration.ofMinutes(5));
        f.answer("alice", card, f.correctLetter(card));
        f.answer("carol", card, f.correctLetter(card));

        at("2026-03-03T07:44:59Z");
        tick();
        assertThat(f.announcer.reveals.stream().filter(r -> r.kind() == RoundKind.DAILY))
                .isEmpty();
        at("2026-03-03T07:45:00Z");
        tick();

        RevealView reveal = f.announcer.reveals.stream()
                .filter(r -> r.kind() == RoundKind.DAILY)
                .findFirst()
                .orElseThrow();
        assertThat(reveal.winners()).containsExactly("alice", "carol");
        assertThat(reveal.shareRight()).isEqualTo(2 / 3.0);
        assertThat(reveal.participation()).contains(new RevealView.Participation(3, 4));
    }

    /** A question of the day, posted at 08:00 UTC, that the given players answer right or wrong. */
    QuestionCard openDailyRound(String day, List<String> right, List<String> wrong) {
        at(day + "T08:00:00Z");
        assertThat(tick()).hasSize(1);
        QuestionCard card = lastCard();
        right.forEach(p -> f.answer(p, card, f.correctLetter(card)));
        wrong.forEach(p -> f.answer(p, card, f.wrongLetter(card)));
        return card;
    }

    /** The same, then it closes at its time and is revealed. */
    void dailyRound(String day, List<String> right, List<String> wrong) {
        QuestionCard card = openDailyRound(day, right, wrong);
        f.clock.set(card.closesAt());
        tick();
    }

    PlayerStats.DailyStreak streak(String player) {
        return ((StatsView) f.run(in(BERLIN, player), "stats").view()).stats().daily();
    }

    @Test
    void the_daily_streak_counts_consecutive_right_answers_and_breaks_on_a_wrong_or_missed_one() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        dailyRound("2026-03-02", List.of("alice", "bob"), List.of());
        dailyRound("2026-03-03", List.of("alice", "bob"), List.of());
        dailyRound("2026-03-04", List.of("alice"), List.of("bob"));
        assertThat(streak("alice")).isEqualTo(new PlayerStats.DailyStreak(3, 3));
        assertThat(streak("bob")).isEqualTo(new PlayerStats.DailyStreak(0, 2));

        openDailyRound("2026-03-05", List.of("bob"), List.of());
        assertThat(streak("alice"))
                .as("Thursday's question is still open")
                .isEqualTo(new PlayerStats.DailyStreak(3, 3));
        assertThat(streak("bob"))
                .as("bob's right answer to the open question stays secret until its reveal")
                .isEqualTo(new PlayerStats.DailyStreak(0, 2));

        at("2026-03-06T08:00:00Z");
        tick();
        assertThat(streak("alice")).as("missed Thursday").isEqualTo(new PlayerStats.DailyStreak(0, 3));
        assertThat(streak("bob")).as("Friday's question is still open").isEqualTo(new PlayerStats.DailyStreak(1, 2));
        LeaderboardView board =
                (LeaderboardView) f.run(in(BERLIN, "x"), "leaderboard").view();
        assertThat(board.top())
                .filteredOn(l -> l.name().equals("alice"))
                .singleElement()
                .extracting(LeaderboardView.Line::dailyStreak)
                .isEqualTo(0);
    }

    @Test
    void questions_of_the_day_score_like_channel_rounds() {
        qotd(BERLIN, "on 09:00 Europe/Berlin advanced");
        dailyRound("2026-03-02", List.of("alice"), List.of("bob"));

        LeaderboardView board =
                (LeaderboardView) f.run(in(BERLIN, "x"), "leaderboard").view();

        assertThat(board.top()).extracting(l -> l.name() + " " + l.points()).containsExactly("alice 3", "bob 0");
    }

    @Test
    void the_weekly_recap_comes_before_the_first_question_of_the_week() {
        qotd(BERLIN, "on 09:00 Europe/Berlin beginner");
        qotd(BERLIN, "recap on");
        dailyRound("2026-03-02", List.of("alice", "bob"), List.of("carol"));
        dailyRound("2026-03-03", List.of("alice"), List.of("bob"));
        at("2026-03-06T08:00:00Z");
        tick();
        assertThat(f.announcer.dailyPosts).allMatch(p -> p.recap().isEmpty());

        at("2026-03-09T08:00:00Z");
        tick();

        RecapView recap = f.announcer
                .dailyPosts
                .get(f.announcer.dailyPosts.size() - 1)
                .recap()
                .orElseThrow();
        assertThat(recap.weekStart()).hasToString("2026-03-02");
        assertThat(recap.weekEnd()).hasToString("2026-03-08");
        assertThat(recap.dailyQuestions()).isEqualTo(3);
        assertThat(recap.dailyAnswers()).isEqualTo(5);
        assertThat(recap.dailyCorrect()).isEqualTo(3);
        assertThat(recap.players()).isEqualTo(3);
        assertThat(recap.top())
                .extracting(l -> l.rank() + " " + l.name() + " " + l.points())
                .containsExactly("1 alice 2", "2 bob 1", "3 carol 0");
    }

    @Test
    void a_failed_post_is_recorded_shown_in_status_and_leaves_other_channels_alone() {
        qotd(BERLIN, "on 09:00 Europe/Berlin");
        qotd(NEW_YORK, "on 03:00 America/New_York");
        f.announcer.refusing.add(BERLIN);
        at("2026-03-02T08:00:00Z");

        tick();

        assertThat(postedChannels()).containsExactly(NEW_YORK);
        String status = english(((Notice) qotd(BERLIN, "status").view()).message());
        assertThat(status).contains("Last problem (Mon 2 Mar 09:00): posting failed: Missing Access");
        assertThat(f.quiz.openRound(BERLIN)).isEmpty();
    }

    @Test
    void status_describes_the_schedule_and_the_next_post() {
        qotd(BERLIN, "on 17:30 Europe/Berlin mon,wed llms 8h");

        String status = english(((Notice) qotd(BERLIN, "status").view()).message());

        assertThat(status)
                .isEqualTo("The question of the day is on: Mon, Wed at 17:30 (Europe/Berlin), llms-nlp,"
                        + " open for 8 h. Next: Mon 2 Mar 17:30. Weekly recap: off.");
        assertThat(english(((Notice) qotd(BERLIN, "off").view()).message()))
                .startsWith("The question of the day is off in this channel.");
    }

    @Test
    void the_default_zone_shows_as_utc_and_the_default_closing_as_a_duration() {
        String status = english(((Notice) qotd(BERLIN, "on 09:00").view()).message());

        assertThat(status)
                .startsWith("The question of the day is on: Mon-Fri at 09:00 (UTC), any topic, open until 15 min"
                        + " before the next one.");
    }

    @Test
    void the_zone_defaults_to_the_teams() {
        f.run(admin(BERLIN, "boss"), "config timezone Asia/Tokyo");

        String status = english(((Notice) qotd(BERLIN, "on").view()).message());

        assertThat(status).startsWith("The question of the day is on: Mon-Fri at 09:00 (Asia/Tokyo), any topic");
    }

    @Test
    void only_admins_change_the_schedule_but_anyone_may_see_it() {
        assertThat(english(f.run(in(BERLIN, "alice"), "qotd on")))
                .isEqualTo(
                        Reply.privately(notice(Notice.Tone.ERROR, "Only admins can change the question of the day.")));
        assertThat(((Notice) f.run(in(BERLIN, "alice"), "qotd status").view()).tone())
                .isEqualTo(Notice.Tone.INFO);
    }

    @Test
    void a_question_of_the_day_still_open_stays_out_of_the_recap_and_every_board() {
        qotd(BERLIN, "on 09:00 Europe/Berlin daily beginner 48h");
        qotd(BERLIN, "recap on");
        at("2026-03-06T10:00:00Z");
        QuestionCard asked = f.ask(BERLIN, "ask");
        f.answer("bob", asked, f.correctLetter(asked));
        f.run(admin(BERLIN, "boss"), "close");
        openDailyRound("2026-03-08", List.of("alice"), List.of());
        assertThat(((LeaderboardView) f.run(in(BERLIN, "eve"), "leaderboard").view()).top())
                .extracting(LeaderboardView.Line::name)
                .containsExactly("bob");
        assertThat(((StatsView) f.run(in(BERLIN, "eve"), "stats alice").view())
                        .stats()
                        .answered())
                .isZero();

        at("2026-03-09T08:00:00Z");
        tick();

        RecapView recap = f.announcer
                .dailyPosts
                .get(f.announcer.dailyPosts.size() - 1)
                .recap()
                .orElseThrow();
        assertThat(recap.top()).extracting(LeaderboardView.Line::name).containsExactly("bob");
        assertThat(recap.dailyQuestions())
                .as("Sunday's question is open until Tuesday")
                .isZero();
        assertThat(recap.dailyAnswers()).isZero();
    }

    @Test
    void a_long_streak_shows_whole_on_the_leaderboard() {
        qotd(BERLIN, "on 09:00 Europe/Berlin daily");
        LocalDate day = LocalDate.parse("2026-03-02");
        for (int i = 0; i < 20; i++) {
            dailyRound(day.plusDays(i).toString(), List.of("alice"), List.of());
        }

        LeaderboardView board =
                (LeaderboardView) f.run(in(BERLIN, "x"), "leaderboard all").view();

        assertThat(board.top()).extracting(LeaderboardView.Line::dailyStreak).containsExactly(20);
        assertThat(streak("alice")).isEqualTo(new PlayerStats.DailyStreak(20, 20));
    }

    @Test
    void a_question_past_its_close_time_but_not_yet_revealed_breaks_no_streak() {
        qotd(BERLIN, "on 09:00 Europe/Berlin daily");
        dailyRound("2026-03-02", List.of("alice"), List.of());
        QuestionCard overdue = openDailyRound("2026-03-03", List.of(), List.of());

        f.clock.set(overdue.closesAt().plusSeconds(30));

        assertThat(streak("alice")).isEqualTo(new PlayerStats.DailyStreak(1, 1));
    }
}
