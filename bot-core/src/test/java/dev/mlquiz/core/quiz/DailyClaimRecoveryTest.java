package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.QuizFixture.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.daily.ScheduleStore;
import dev.mlquiz.core.deck.DeckStore;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.OptionOrder;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.InMemoryStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process that dies between claiming a day's question and posting it, simulated by claiming in the store
 * without posting: the day is not skipped, and is still posted once. Neither is it posted twice by a process
 * that dies or fails after posting, nor skipped after a failure before posting.
 */
class DailyClaimRecoveryTest {
    static final ChannelId BERLIN = new ChannelId(QuizFixture.TEAM, "berlin");
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final Instant POST_TIME = Instant.parse("2026-03-02T08:00:00Z");
    static final RoundId CRASHED = new RoundId("crashedround1");

    final InMemoryStorage storage = new InMemoryStorage();

    // Monday 2 March 2026, 06:00 UTC.
    @RegisterExtension
    final QuizFixture f = new QuizFixture(
            FixtureStorage.on(storage),
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
    void a_question_of_the_day_refused_for_now_is_posted_with_its_round_at_a_later_tick() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        f.announcer.rateLimitedOnce.add(BERLIN);
        f.clock.set(POST_TIME);
        f.quiz.postDueDailyQuestions();
        assertThat(f.announcer.dailyPosts).isEmpty();

        f.clock.advance(Duration.ofSeconds(30));
        f.quiz.postDueDailyQuestions();
        f.clock.advance(Duration.ofHours(1));
        f.quiz.postDueDailyQuestions();

        assertThat(f.announcer.dailyPosts).hasSize(1);
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

    /** The process is killed: nothing after this point runs. */
    static final class Killed extends Error {}

    /**
     * Posts as the platform adapters do (the message is recorded right after the post), into the fixture's
     * announcer, and may die right after a post.
     */
    final class PostsLikeAnAdapter implements Announcer {
        final RecordingAnnouncer posted = new RecordingAnnouncer();
        boolean dieAfterPosting;

        @Override
        public CompletionStage<Void> roundClosed(RevealView reveal) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void answerRecorded(RoundId round, ChannelId channel) {}

        @Override
        public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
            PostResult result = posted.postDailyQuestion(channel, recap, card);
            storage.roundMessages().attach(card.round(), ((PostResult.Posted) result).messageRef());
            if (dieAfterPosting) {
                throw new Killed();
            }
            return result;
        }
    }

    /** A port that runs {@code first} before each call of its named method. */
    static <T> T intercepting(Class<T> port, T real, String method, Runnable first) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                first.run();
            }
            try {
                return called.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** A port whose named method fails once when armed, as a database hiccup would. */
    static <T> T hiccupping(Class<T> port, T real, String method, AtomicBoolean armed) {
        return intercepting(port, real, method, () -> {
            if (armed.getAndSet(false)) {
                throw new IllegalStateException("the database hiccupped");
            }
        });
    }

    /** A quiz, as the only process, on the fixture's storage but with its schedules, decks or boards replaced. */
    Quiz soleProcess(Announcer announcer, ScheduleStore schedules, DeckStore decks, Standings standings) {
        QuizStores real = f.stores();
        QuizStores stores = new QuizStores(
                real.rounds(),
                real.answers(),
                standings,
                decks,
                real.settings(),
                real.directory(),
                schedules,
                real.memories(),
                real.reports());
        return new Quiz(f.bank, stores, announcer, f.clock, new SplittableRandom(7));
    }

    @Test
    void a_question_of_the_day_posted_just_before_its_process_died_is_not_posted_again() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        PostsLikeAnAdapter dying = new PostsLikeAnAdapter();
        dying.dieAfterPosting = true;
        Quiz first = f.anotherInstance(dying);
        f.clock.set(POST_TIME);
        assertThatThrownBy(first::postDueDailyQuestions).isInstanceOf(Killed.class);

        f.clock.advance(DailyQuestions.CLAIM_LEASE.plusSeconds(1));
        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.quiz.postDueDailyQuestions()).isEmpty();

        assertThat(dying.posted.dailyPosts).hasSize(1);
        assertThat(f.announcer.dailyPosts).isEmpty();
    }

    @Test
    void a_question_of_the_day_whose_settling_failed_is_not_posted_again_by_the_only_process() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        AtomicBoolean settleFails = new AtomicBoolean(true);
        PostsLikeAnAdapter adapter = new PostsLikeAnAdapter();
        Quiz only = soleProcess(
                adapter,
                hiccupping(ScheduleStore.class, f.stores().schedules(), "settle", settleFails),
                f.stores().decks(),
                f.stores().standings());
        f.clock.set(POST_TIME);

        only.postDueDailyQuestions();
        assertThat(settleFails).as("the settling hit the hiccup").isFalse();
        for (int tick = 0; tick < 5; tick++) {
            f.clock.advance(DailyQuestions.CLAIM_LEASE);
            only.postDueDailyQuestions();
        }

        assertThat(adapter.posted.dailyPosts).hasSize(1);
    }

    @Test
    void a_question_of_the_day_that_failed_before_its_post_is_posted_at_the_next_tick_by_the_only_process() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        AtomicBoolean deckSaveFails = new AtomicBoolean(true);
        PostsLikeAnAdapter adapter = new PostsLikeAnAdapter();
        Quiz only = soleProcess(
                adapter,
                f.stores().schedules(),
                hiccupping(DeckStore.class, f.stores().decks(), "save", deckSaveFails),
                f.stores().standings());
        f.clock.set(POST_TIME);

        assertThat(only.postDueDailyQuestions()).isEmpty();
        assertThat(deckSaveFails)
                .as("the draw of the claimed day hit the hiccup")
                .isFalse();
        f.clock.advance(Duration.ofSeconds(30));
        only.postDueDailyQuestions();
        f.clock.advance(Duration.ofHours(1));
        only.postDueDailyQuestions();

        assertThat(adapter.posted.dailyPosts).hasSize(1);
    }

    @Test
    void a_process_whose_claim_was_taken_over_while_it_prepared_the_post_does_not_post() {
        f.run(admin(BERLIN, "boss"), "qotd on 09:00 Europe/Berlin");
        f.run(admin(BERLIN, "boss"), "qotd recap on");
        second = f.anotherInstance(secondAnnouncer);
        // The recap is read after the round is opened and before it is posted.
        Standings slowBoards = intercepting(Standings.class, f.stores().standings(), "board", () -> {
            if (secondAnnouncer.dailyPosts.isEmpty()) {
                // This process stalls past its lease; the other one takes the claim over meanwhile.
                f.clock.advance(DailyQuestions.CLAIM_LEASE);
                second.postDueDailyQuestions();
            }
        });
        Quiz stalling =
                soleProcess(f.announcer, f.stores().schedules(), f.stores().decks(), slowBoards);
        f.clock.set(POST_TIME);

        stalling.postDueDailyQuestions();
        f.clock.advance(Duration.ofHours(1));
        stalling.postDueDailyQuestions();

        assertThat(secondAnnouncer.dailyPosts).hasSize(1);
        assertThat(f.announcer.dailyPosts).isEmpty();
    }
}
