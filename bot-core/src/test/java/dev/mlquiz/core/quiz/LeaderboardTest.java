package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.TeamsView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    QuizFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    QuizFixture start(String instant, List<String> levels) {
        f = new QuizFixture(TestBanks.of(60, List.of("core-concepts"), levels), MutableClock.at(instant));
        return f;
    }

    /** One round in the channel: the named players answer right, the others wrong; then it closes. */
    QuestionCard round(ChannelId channel, List<String> right, List<String> wrong) {
        return round(channel, "ask", right, wrong);
    }

    QuestionCard round(ChannelId channel, String ask, List<String> right, List<String> wrong) {
        QuestionCard card = f.ask(channel, ask);
        right.forEach(p -> f.answer(p, card, f.correctLetter(card)));
        wrong.forEach(p -> f.answer(p, card, f.wrongLetter(card)));
        f.run(admin(channel, "admin"), "close");
        return card;
    }

    LeaderboardView board(String command, String asker) {
        Reply reply = f.run(in(CHANNEL, asker), command);
        assertThat(reply.audience()).isEqualTo(Audience.CHANNEL);
        return (LeaderboardView) reply.view();
    }

    static List<String> lines(LeaderboardView view) {
        return view.top().stream()
                .map(l -> l.rank() + ". " + l.name() + " " + l.points() + "p " + l.correct() + "/" + l.answered())
                .collect(Collectors.toList());
    }

    @Test
    void correct_answers_earn_points_by_difficulty_and_wrong_ones_cost_nothing() {
        start("2026-03-04T10:00:00Z", List.of("beginner", "intermediate", "advanced"));
        round(CHANNEL, "ask beginner", List.of("alice"), List.of("bob"));
        round(CHANNEL, "ask intermediate", List.of("alice", "bob"), List.of());
        round(CHANNEL, "ask advanced", List.of("alice"), List.of("bob"));

        assertThat(lines(board("leaderboard", "alice"))).containsExactly("1. alice 6p 3/3", "2. bob 2p 1/3");
    }

    @Test
    void ties_share_a_rank() {
        start("2026-03-04T10:00:00Z", List.of("beginner"));
        round(CHANNEL, List.of("alice", "bob"), List.of("carol"));
        round(CHANNEL, List.of("carol"), List.of());
        round(CHANNEL, List.of("dave"), List.of());

        assertThat(lines(board("leaderboard", "alice")))
                .containsExactly("1. alice 1p 1/1", "1. bob 1p 1/1", "1. carol 1p 1/2", "1. dave 1p 1/1");
    }

    @Test
    void the_top_ten_are_listed_and_the_asker_sees_their_own_rank_below_them() {
        start("2026-03-04T10:00:00Z", List.of("beginner"));
        List<String> strong = List.of("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11");
        round(CHANNEL, strong, List.of("zoe"));
        round(CHANNEL, strong, List.of("zoe"));
        round(CHANNEL, List.of("zoe"), List.of());

        LeaderboardView view = board("leaderboard", "zoe");

        assertThat(view.top()).hasSize(10);
        assertThat(view.players()).isEqualTo(12);
        assertThat(view.asker()).hasValueSatisfying(line -> {
            assertThat(line.rank()).isEqualTo(12);
            assertThat(line.points()).isEqualTo(1);
            assertThat(line.asker()).isTrue();
        });
        assertThat(board("leaderboard", "p01").asker()).isEmpty();
    }

    @Test
    void weeks_follow_the_team_time_zone() {
        // Sunday 23:30 in Los Angeles is already Monday 07:30 UTC.
        start("2026-03-08T06:00:00Z", List.of("beginner"));
        f.run(admin(CHANNEL, "boss"), "config timezone America/Los_Angeles");
        f.clock.set(Instant.parse("2026-03-09T06:30:00Z"));
        round(CHANNEL, List.of("sunday"), List.of());
        f.clock.set(Instant.parse("2026-03-09T08:30:00Z"));
        round(CHANNEL, List.of("monday"), List.of());

        assertThat(lines(board("leaderboard week", "x"))).containsExactly("1. monday 1p 1/1");
        assertThat(lines(board("leaderboard month", "x"))).containsExactly("1. monday 1p 1/1", "1. sunday 1p 1/1");
        f.run(admin(CHANNEL, "boss"), "config timezone UTC");
        assertThat(lines(board("leaderboard week", "x"))).containsExactly("1. monday 1p 1/1", "1. sunday 1p 1/1");
    }

    @Test
    void months_and_all_time_windows() {
        start("2026-02-27T12:00:00Z", List.of("beginner"));
        round(CHANNEL, List.of("february"), List.of());
        f.clock.set(Instant.parse("2026-03-02T12:00:00Z"));
        round(CHANNEL, List.of("march"), List.of());

        assertThat(lines(board("leaderboard month", "x"))).containsExactly("1. march 1p 1/1");
        assertThat(lines(board("leaderboard all", "x"))).containsExactly("1. february 1p 1/1", "1. march 1p 1/1");
    }

    @Test
    void the_channel_leaderboard_counts_only_that_channel() {
        start("2026-03-04T10:00:00Z", List.of("beginner"));
        ChannelId other = new ChannelId(TEAM, "random");
        round(CHANNEL, List.of("here"), List.of());
        round(other, List.of("there"), List.of());

        assertThat(lines(board("leaderboard channel", "x"))).containsExactly("1. here 1p 1/1");
        assertThat(english(board("leaderboard channel", "x").scope())).isEqualTo("#general");
        assertThat(lines(board("leaderboard", "x"))).containsExactly("1. here 1p 1/1", "1. there 1p 1/1");
    }

    @Test
    void practice_never_counts_on_leaderboards() {
        start("2026-03-04T10:00:00Z", List.of("advanced"));
        for (int i = 0; i < 3; i++) {
            QuestionCard card =
                    (QuestionCard) f.run(in(CHANNEL, "farmer"), "practice").view();
            f.answer("farmer", card, f.correctLetter(card));
        }
        round(CHANNEL, List.of("honest"), List.of());

        assertThat(lines(board("leaderboard all", "farmer"))).containsExactly("1. honest 3p 1/1");
    }

    @Test
    void answers_reach_the_leaderboard_at_the_reveal_and_not_before() {
        start("2026-03-04T10:00:00Z", List.of("beginner"));
        round(CHANNEL, List.of("alice"), List.of());
        assertThat(lines(board("leaderboard", "x"))).containsExactly("1. alice 1p 1/1");

        QuestionCard card = f.ask();
        f.answer("bob", card, f.correctLetter(card));
        f.answer("alice", card, f.wrongLetter(card));
        assertThat(lines(board("leaderboard", "x"))).containsExactly("1. alice 1p 1/1");

        f.run(QuizFixture.admin(CHANNEL, "admin"), "close");
        assertThat(lines(board("leaderboard", "x"))).containsExactly("1. alice 1p 1/2", "1. bob 1p 1/1");
    }

    @Test
    void channels_compete_on_points_per_active_player() {
        start("2026-03-04T10:00:00Z", List.of("beginner"));
        ChannelId big = new ChannelId(TEAM, "big");
        ChannelId small = new ChannelId(TEAM, "small");
        round(big, List.of("a", "b"), List.of("c", "d"));
        round(small, List.of("e"), List.of());
        f.clock.advance(Duration.ofMinutes(5));

        Reply reply = f.run(in(CHANNEL, "x"), "leaderboard teams");

        TeamsView view = (TeamsView) reply.view();
        assertThat(view.lines())
                .extracting(l -> l.rank() + " " + l.channelName() + " " + l.pointsPerPlayer() + " " + l.points() + "/"
                        + l.activePlayers())
                .containsExactly("1 small 1.0 1/1", "2 big 0.5 2/4");
    }
}
