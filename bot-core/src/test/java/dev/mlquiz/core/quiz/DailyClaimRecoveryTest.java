package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process that dies between claiming a day's question and posting it, simulated by claiming in the store
 * without posting: the day is not skipped, and is still posted once.
 */
class DailyClaimRecoveryTest {
    static final ChannelId BERLIN = new ChannelId(QuizFixture.TEAM, "berlin");
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final Instant POST_TIME = Instant.parse("2026-03-02T08:00:00Z");
    static final RoundId CRASHED = new RoundId("crashedround1");

    // Monday 2 March 2026, 06:00 UTC.
    @RegisterExtension
    final QuizFixture f = QuizFixture.perTest(
            TestBanks.of(40, List.of("core-concepts", "llms-nlp"), List.of("beginner", "advanced")),
            MutableClock.at("2026-03-02T06:00:00Z"));

    final RecordingAnnouncer secondAnnouncer = new RecordingAnnouncer();
    Quiz second;

    void scheduleAndDie() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        f.clock.set(POST_TIME);
        assertThat(f.stores().schedules().claim(BERLIN, MONDAY, CRASHED, POST_TIME, DailyQuestions.CLAIM_LEASE))
                .isEqualTo(new DayClaim(DayClaim.Status.CLAIMED, CRASHED));
    }

    int posts() {
        return f.announcer.dailyPosts.size() + secondAnnouncer.dailyPosts.size();
    }

    @Test
    void a_day_claimed_by_a_process_that_died_is_posted_once_its_lease_ran_out() {
        scheduleAndDie();
        f.restart();

        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();
        f.clock.advance(DailyQuestions.CLAIM_LEASE.minusSeconds(1));
        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();
        f.clock.advance(Duration.ofSeconds(1));

        assertThat(f.quiz.postDueDailyQuestions()).containsExactly(CRASHED);
        assertThat(f.announcer.dailyPosts)
                .singleElement()
                .satisfies(post -> assertThat(post.card().round()).isEqualTo(CRASHED));
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();
        f.restart();
        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();
    }

    @Test
    void a_round_opened_by_a_process_that_died_before_posting_it_is_posted_as_it_is() {
        scheduleAndDie();
        Round opened = new Round(
                CRASHED,
                RoundKind.DAILY,
                BERLIN,
                Optional.empty(),
                f.bank.questions().get(7).id(),
                OptionOrder.shuffled(new SplittableRandom(3)),
                POST_TIME,
                POST_TIME.plus(Duration.ofHours(20)),
                Optional.empty(),
                Optional.empty());
        f.stores().rounds().open(opened);
        f.restart();

        f.clock.advance(DailyQuestions.CLAIM_LEASE);

        assertThat(f.quiz.postDueDailyQuestions()).containsExactly(CRASHED);
        assertThat(f.announcer.dailyPosts.get(0).card().prompt())
                .isEqualTo(f.bank.questions().get(7).prompt());
        assertThat(f.stores().rounds().daily(List.of(BERLIN))).containsExactly(opened);
    }

    @Test
    void of_several_processes_one_takes_the_dead_claim_over() {
        scheduleAndDie();
        second = f.anotherInstance(secondAnnouncer);
        f.clock.advance(DailyQuestions.CLAIM_LEASE);

        f.quiz.postDueDailyQuestions();
        second.postDueDailyQuestions();
        f.clock.advance(DailyQuestions.CLAIM_LEASE.multipliedBy(2));
        second.postDueDailyQuestions();
        f.quiz.postDueDailyQuestions();

        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void a_post_that_failed_is_not_tried_again_by_another_process() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        f.announcer.refusing.add(BERLIN);
        second = f.anotherInstance(secondAnnouncer);
        f.clock.set(POST_TIME);
        f.quiz.postDueDailyQuestions();

        f.clock.advance(DailyQuestions.CLAIM_LEASE.multipliedBy(2));
        second.postDueDailyQuestions();

        assertThat(secondAnnouncer.dailyPosts).isEmpty();
    }

    @Test
    void a_process_waits_for_a_claim_held_by_another_and_posts_nothing_once_it_is_settled() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        second = f.anotherInstance(secondAnnouncer);
        f.clock.set(POST_TIME);
        f.quiz.postDueDailyQuestions();

        f.clock.advance(DailyQuestions.CLAIM_LEASE);
        second.postDueDailyQuestions();

        assertThat(f.announcer.dailyPosts).hasSize(1);
        assertThat(secondAnnouncer.dailyPosts).isEmpty();
    }
}
