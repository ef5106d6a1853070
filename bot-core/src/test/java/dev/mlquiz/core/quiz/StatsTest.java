package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.English.notice;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatsTest {
    static final Topic CORE_CONCEPTS = new Topic("core-concepts", "Core ML concepts", Optional.empty());
    static final Topic LLMS_NLP = new Topic("llms-nlp", "LLMs & NLP", Optional.empty());

    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(40, List.of("core-concepts", "llms-nlp"), List.of("intermediate")),
            MutableClock.at("2026-03-04T10:00:00Z"));

    /** Alice answers a channel round on the given topic, right or wrong. */
    void channelAnswer(String topic, boolean right) {
        QuestionCard card = f.ask(CHANNEL, "ask " + topic);
        f.answer("alice", card, right ? f.correctLetter(card) : f.wrongLetter(card));
        f.run(admin(CHANNEL, "admin"), "close");
        f.clock.advance(Duration.ofMinutes(1));
    }

    void practiceAnswer(String topic, boolean right) {
        QuestionCard card =
                (QuestionCard) f.run(in(CHANNEL, "alice"), "practice " + topic).view();
        f.answer("alice", card, right ? f.correctLetter(card) : f.wrongLetter(card));
        f.clock.advance(Duration.ofMinutes(1));
    }

    PlayerStats stats() {
        Reply reply = f.run(in(CHANNEL, "alice"), "stats");
        StatsView view = (StatsView) reply.view();
        assertThat(view.playerName()).isEqualTo("alice");
        return view.stats();
    }

    @Test
    void a_new_player_has_empty_stats() {
        assertThat(stats())
                .isEqualTo(new PlayerStats(
                        0, 0, 0, 0, 0, List.of(), List.of(), Optional.empty(), PlayerStats.DailyStreak.NONE));
        assertThat(stats().accuracy()).isZero();
    }

    @Test
    void stats_count_answers_accuracy_points_and_streaks() {
        channelAnswer("core", true);
        channelAnswer("core", true);
        channelAnswer("core", false);
        channelAnswer("llms", true);
        practiceAnswer("llms", true);
        practiceAnswer("llms", true);

        PlayerStats stats = stats();

        assertThat(stats.answered()).isEqualTo(6);
        assertThat(stats.correct()).isEqualTo(5);
        assertThat(stats.accuracy()).isEqualTo(5 / 6.0);
        assertThat(stats.points()).as("practice earns no points").isEqualTo(6);
        assertThat(stats.currentStreak()).isEqualTo(3);
        assertThat(stats.bestStreak()).isEqualTo(3);
    }

    @Test
    void a_wrong_answer_ends_the_current_streak_but_not_the_best() {
        channelAnswer("core", true);
        channelAnswer("core", true);
        channelAnswer("core", true);
        channelAnswer("core", false);
        channelAnswer("core", true);

        assertThat(stats().currentStreak()).isEqualTo(1);
        assertThat(stats().bestStreak()).isEqualTo(3);
    }

    @Test
    void accuracy_per_topic_and_the_weakest_topics() {
        channelAnswer("core", true);
        channelAnswer("core", true);
        channelAnswer("core", false);
        practiceAnswer("llms", false);
        practiceAnswer("llms", false);
        practiceAnswer("llms", true);

        PlayerStats stats = stats();

        assertThat(stats.topics())
                .containsExactly(
                        new PlayerStats.TopicScore(CORE_CONCEPTS, 3, 2), new PlayerStats.TopicScore(LLMS_NLP, 3, 1));
        assertThat(stats.weakest()).extracting(PlayerStats.TopicScore::topic).containsExactly(LLMS_NLP, CORE_CONCEPTS);
    }

    @Test
    void a_topic_needs_a_few_answers_before_it_is_called_weak() {
        channelAnswer("core", false);
        channelAnswer("core", false);

        assertThat(stats().weakest()).isEmpty();
    }

    @Test
    void a_players_known_name_is_the_one_last_seen_and_there_is_none_for_a_stranger() {
        channelAnswer("core", true);
        f.run(in(CHANNEL, "Alice"), "stats");

        assertThat(f.quiz.knownName(new PlayerId(Platform.CONSOLE, "alice"))).contains("Alice");
        assertThat(f.quiz.knownName(new PlayerId(Platform.CONSOLE, "nobody"))).isEmpty();
    }

    @Test
    void a_player_id_may_be_a_name_in_any_script() {
        f.run(in(CHANNEL, "José"), "stats");

        assertThat(f.quiz.knownName(new PlayerId(Platform.CONSOLE, "josé"))).contains("José");
        assertThat(f.quiz.knownName(new PlayerId(Platform.CONSOLE, "東京"))).isEmpty();
    }

    @Test
    void stats_of_another_player_by_id() {
        channelAnswer("core", true);

        Reply reply = f.quiz.execute(in(CHANNEL, "bob"), new Command.Stats(Optional.of("alice")));

        assertThat(((StatsView) reply.view()).stats().correct()).isEqualTo(1);
        assertThat(english(f.quiz.execute(in(CHANNEL, "bob"), new Command.Stats(Optional.of("<@nope>")))))
                .isEqualTo(Reply.privately(notice(Notice.Tone.ERROR, "'<@nope>' is not a user I know.")));
    }

    @Test
    void stats_in_a_team_count_only_its_answers_and_the_review_goes_with_the_player() {
        channelAnswer("core", true);
        practiceAnswer("core", true);
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.CONSOLE, "another-server"), "general");

        StatsView ownThere = (StatsView) f.run(in(elsewhere, "alice"), "stats").view();
        StatsView askedByBob = (StatsView) f.quiz.execute(in(elsewhere, "bob"), new Command.Stats(Optional.of("alice")))
                .view();

        assertThat(ownThere.stats().answered())
                .as("answers given in another team")
                .isZero();
        assertThat(ownThere.stats().points()).isZero();
        assertThat(askedByBob.stats().answered()).isZero();
        assertThat(ownThere.activity()).extracting(StatsView.DayCount::count).containsOnly(0);
        assertThat(ownThere.review()).as("the player's own memory cards").isPresent();
        assertThat(stats().answered()).as("in the team where they were given").isEqualTo(2);
    }

    @Test
    void stats_count_the_answers_of_each_of_the_last_30_days_in_the_team_zone() {
        f.run(admin(CHANNEL, "boss"), "config timezone America/Los_Angeles");
        practiceAnswer("llms-nlp", true); // 2026-03-04T10:00Z: 02:00 on the 4th in Los Angeles
        f.clock.advance(Duration.ofHours(20).minusMinutes(1));
        practiceAnswer("llms-nlp", false); // 06:00Z on the 5th: still 22:00 on the 4th there
        f.clock.advance(Duration.ofHours(4).minusMinutes(1));
        practiceAnswer("llms-nlp", true); // 10:00Z on the 5th: 02:00 on the 5th there

        List<StatsView.DayCount> activity = statsView().activity();

        assertThat(activity).hasSize(StatsView.ACTIVITY_DAYS);
        assertThat(activity.get(0).day()).hasToString("2026-02-04");
        assertThat(activity.get(29)).isEqualTo(new StatsView.DayCount(java.time.LocalDate.parse("2026-03-05"), 1));
        assertThat(activity.get(28)).isEqualTo(new StatsView.DayCount(java.time.LocalDate.parse("2026-03-04"), 2));
        assertThat(activity).extracting(StatsView.DayCount::count).containsOnly(0, 1, 2);
        assertThat(f.quiz.playerStats(
                                CHANNEL.team(), QuizFixture.player("alice").id(), "alice")
                        .activity())
                .as("the same days outside a command (a Slack App Home)")
                .isEqualTo(activity);
    }

    @Test
    void answers_older_than_30_days_leave_the_activity_strip() {
        practiceAnswer("llms-nlp", true);
        f.clock.advance(Duration.ofDays(29));
        assertThat(statsView().activity().get(0).count())
                .as("29 days on: the first day")
                .isEqualTo(1);

        f.clock.advance(Duration.ofDays(1));

        assertThat(statsView().activity()).extracting(StatsView.DayCount::count).containsOnly(0);
        assertThat(statsView().stats().answered())
                .as("still counted in the record")
                .isEqualTo(1);
    }

    StatsView statsView() {
        return (StatsView) f.run(in(CHANNEL, "alice"), "stats").view();
    }
}
