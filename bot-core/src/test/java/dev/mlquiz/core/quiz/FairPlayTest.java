package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.core.view.TeamsView;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nothing anyone can see reflects an open round; a button answers only its own channel; points come once. */
class FairPlayTest {
    static final ChannelId OTHER = new ChannelId(TEAM, "random");

    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(4, List.of("core-concepts"), List.of("beginner")), MutableClock.at("2026-03-04T10:00:00Z"));

    /** The scenario: four players answer A, B, C and D to an open round. */
    QuestionCard everyLetterAnswered() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        f.answer("bob", card, Letter.B);
        f.answer("carol", card, Letter.C);
        f.answer("dave", card, Letter.D);
        return card;
    }

    List<String> board(String command) {
        LeaderboardView view =
                (LeaderboardView) f.run(in(CHANNEL, "eve"), command).view();
        return view.top().stream()
                .map(l -> l.name() + " " + l.points() + " " + l.correct() + "/" + l.answered())
                .collect(Collectors.toList());
    }

    StatsView stats(String asker, String subject) {
        return (StatsView) f.run(in(CHANNEL, asker), "stats " + subject).view();
    }

    @Test
    void no_board_of_any_scope_or_window_shows_an_open_rounds_answers() {
        everyLetterAnswered();

        for (String window : List.of("week", "month", "all")) {
            assertThat(board("leaderboard " + window)).as(window).isEmpty();
            assertThat(board("leaderboard " + window + " channel")).as(window).isEmpty();
            TeamsView teams = (TeamsView)
                    f.run(in(CHANNEL, "eve"), "leaderboard teams " + window).view();
            assertThat(teams.lines()).as(window).isEmpty();
        }
        assertThat(f.quiz.teamLeaderboard(TEAM, player("eve").id(), Window.WEEK).top())
                .as("the board outside any channel (App Home)")
                .isEmpty();
    }

    @Test
    void no_ones_stats_show_an_open_rounds_answers() {
        everyLetterAnswered();

        for (String name : List.of("alice", "bob", "carol", "dave")) {
            assertThat(stats("eve", name).stats().answered()).as(name).isZero();
            assertThat(stats(name, "").stats().answered())
                    .as(name + " asking for their own")
                    .isZero();
            assertThat(f.quiz.playerStats(CHANNEL.team(), player(name).id(), name)
                            .stats()
                            .points())
                    .as(name + " outside any channel (App Home)")
                    .isZero();
        }
    }

    @Test
    void the_live_count_of_answers_stays() {
        QuestionCard card = everyLetterAnswered();

        assertThat(f.quiz.card(card.round()).orElseThrow().answerCount()).isEqualTo(4);
        assertThat(f.quiz.openRound(CHANNEL).orElseThrow().answerCount()).isEqualTo(4);
    }

    @Test
    void points_land_at_the_reveal() {
        QuestionCard card = everyLetterAnswered();
        String right = List.of("alice", "bob", "carol", "dave")
                .get(f.correctLetter(card).ordinal());

        f.run(admin(CHANNEL, "admin"), "close");

        assertThat(board("leaderboard")).first().isEqualTo(right + " 1 1/1");
        assertThat(board("leaderboard")).hasSize(4);
        assertThat(stats("eve", right).stats().points()).isEqualTo(1);
    }

    @Test
    void a_late_answer_to_the_open_round_cannot_copy_the_leader() {
        QuestionCard card = everyLetterAnswered();

        assertThat(board("leaderboard")).as("no leader to copy").isEmpty();
        assertThat(stats("eve", "carol").stats().correct()).isZero();
        AnswerOutcome eve = f.answer("eve", card, Letter.C);

        assertThat(eve).isInstanceOf(AnswerOutcome.Accepted.class);
        assertThat(english(eve.message()))
                .as("a lock-in, nothing about right or wrong")
                .isEqualTo("Locked in: C. " + card.options().get(2).text());
    }

    @Test
    void a_button_answers_only_its_own_channels_round() {
        QuestionCard card = f.ask();

        AnswerOutcome elsewhere = f.quiz.answer(player("mallory"), OTHER, card.round(), Letter.A);

        assertThat(elsewhere).isEqualTo(new AnswerOutcome.WrongChannel(card.round()));
        assertThat(english(elsewhere.message()))
                .isEqualTo("This button belongs to a question in another channel; answer it there.");
        assertThat(f.quiz.card(card.round()).orElseThrow().answerCount()).isZero();
        assertThat(f.quiz.answer(player("mallory"), CHANNEL, card.round(), Letter.A))
                .isInstanceOf(AnswerOutcome.Accepted.class);
    }

    @Test
    void a_question_already_scored_in_the_team_scores_no_points_again_but_counts_in_stats() {
        // Four questions: the fifth ask starts the channel's deck over.
        for (int i = 0; i < 8; i++) {
            QuestionCard card = f.ask();
            f.answer("solo", card, f.correctLetter(card));
            f.run(admin(CHANNEL, "admin"), "close");
        }

        assertThat(board("leaderboard all")).containsExactly("solo 4 8/8");
        assertThat(stats("solo", "").stats().answered()).isEqualTo(8);
        assertThat(stats("solo", "").stats().correct()).isEqualTo(8);
        RevealView last = f.announcer.reveals.get(f.announcer.reveals.size() - 1);
        assertThat(last.winners()).isEmpty();
        assertThat(last.seenBefore()).containsExactly("solo");
        assertThat(last.firstRight()).contains("solo");
        assertThat(last.nobodyRight()).isFalse();
        assertThat(last.shareRight()).isEqualTo(1.0);
    }

    @Test
    void a_question_answered_wrong_before_still_scores_when_answered_right() {
        for (int i = 0; i < 4; i++) {
            QuestionCard card = f.ask();
            f.answer("learner", card, f.wrongLetter(card));
            f.run(admin(CHANNEL, "admin"), "close");
        }
        for (int i = 0; i < 4; i++) {
            QuestionCard card = f.ask();
            f.answer("learner", card, f.correctLetter(card));
            f.run(admin(CHANNEL, "admin"), "close");
        }

        assertThat(board("leaderboard all")).containsExactly("learner 4 4/8");
    }

    @Test
    void a_round_closed_by_another_instance_refuses_answers_at_once() {
        QuestionCard card = f.ask();
        f.answer("alice", card, Letter.A);
        Quiz other = f.anotherInstance(new RecordingAnnouncer());

        other.execute(
                admin(CHANNEL, "admin"),
                dev.mlquiz.core.command.CommandParser.parse(
                        "close", other.bank().topics()));

        assertThat(f.answer("bob", card, Letter.B)).isEqualTo(new AnswerOutcome.RoundClosed(card.round()));
        assertThat(f.answer("alice", card, Letter.B))
                .isEqualTo(new AnswerOutcome.AlreadyAnswered(card.round(), Letter.A));
    }

    @Test
    void a_board_cached_in_one_instance_follows_a_reveal_in_another() {
        QuestionCard card = f.ask();
        f.answer("alice", card, f.correctLetter(card));
        assertThat(board("leaderboard")).isEmpty();
        Quiz other = f.anotherInstance(new RecordingAnnouncer());

        other.execute(
                admin(CHANNEL, "admin"),
                dev.mlquiz.core.command.CommandParser.parse(
                        "close", other.bank().topics()));

        assertThat(board("leaderboard")).containsExactly("alice 1 1/1");
    }

    @Test
    void an_admin_sets_a_cooldown_and_a_refused_ask_says_when_the_next_is_possible() {
        Notice set = (Notice)
                f.run(admin(CHANNEL, "admin"), "config ask-cooldown 300").view();
        assertThat(english(set.message())).isEqualTo("A new round can be asked here 5 min after the last one closed.");
        f.ask();
        f.clock.advance(Duration.ofSeconds(20));
        f.run(admin(CHANNEL, "admin"), "close");
        f.clock.advance(Duration.ofSeconds(60));

        Notice refused = (Notice) f.run(in(CHANNEL, "alice"), "ask").view();

        assertThat(refused.tone()).isEqualTo(Notice.Tone.ERROR);
        assertThat(english(refused.message()))
                .isEqualTo(
                        "This channel has a 5 min cooldown between rounds. The next question can be asked in 4 min.");
        assertThat(f.quiz.openRound(CHANNEL)).isEmpty();
        assertThat(f.quiz.openRound(OTHER)).isEmpty();
        assertThat(f.run(in(OTHER, "alice"), "ask").view())
                .as("another channel has no cooldown")
                .isInstanceOf(QuestionCard.class);
        f.clock.advance(Duration.ofSeconds(240));
        assertThat(f.run(in(CHANNEL, "alice"), "ask").view()).isInstanceOf(QuestionCard.class);
    }

    @Test
    void the_cooldown_is_for_admins_to_set_and_zero_by_default() {
        assertThat(english(((Notice) f.run(in(CHANNEL, "alice"), "config ask-cooldown 60")
                                .view())
                        .message()))
                .isEqualTo("Only admins can change the ask cooldown.");
        assertThat(english(((Notice) f.run(admin(CHANNEL, "admin"), "config ask-cooldown -1")
                                .view())
                        .message()))
                .startsWith("The ask cooldown must be a whole number of seconds from 0 (none) to 86400");
        f.ask();
        f.run(admin(CHANNEL, "admin"), "close");
        assertThat(f.run(in(CHANNEL, "alice"), "ask").view()).isInstanceOf(QuestionCard.class);
    }
}
