package dev.mlquiz.store;

import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.daily.DayClaim;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.RecordingAnnouncer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.store.testing.SqliteStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three complete core instances on one database, as three processes behind a load balancer run: each its
 * own quiz, caches and announcer, each running its own timer's sweeps. Driven at once from several
 * threads, they behave as one. The database is a {@link FixtureStorage}: a subclass runs all this on
 * another engine by overriding {@link #storage}.
 */
class SeveralInstancesTest {
    static final int INSTANCES = 3;
    static final int PLAYERS = 60;
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    QuizFixture f;
    final List<Quiz> instances = new ArrayList<>();
    final List<RecordingAnnouncer> announcers = new ArrayList<>();
    final ExecutorService threads = Executors.newFixedThreadPool(INSTANCES * 4);

    /** The database every instance opens. */
    FixtureStorage storage(Path dir) {
        return SqliteStorage.in(dir);
    }

    // Monday 2 March 2026, 06:00 UTC.
    @BeforeEach
    void start() {
        f = new QuizFixture(
                storage(dir),
                TestBanks.of(40, List.of("core-concepts", "llms-nlp"), List.of("beginner", "advanced")),
                MutableClock.at("2026-03-02T06:00:00Z"));
        instances.add(f.quiz);
        announcers.add(f.announcer);
        for (int i = 1; i < INSTANCES; i++) {
            RecordingAnnouncer announcer = new RecordingAnnouncer();
            announcers.add(announcer);
            instances.add(f.anotherInstance(announcer));
        }
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        f.close();
    }

    /** Runs every task at once (they wait for each other at a barrier) and returns their results in order. */
    <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        return atOnce(tasks, tasks.size());
    }

    /**
     * Runs the tasks, each consecutive {@code together} of them at once, and returns their results in order.
     * Groups smaller than the pool never wait for a thread the pool does not have.
     */
    <T> List<T> atOnce(List<Callable<T>> tasks, int together) throws Exception {
        List<Future<T>> running = new ArrayList<>();
        CyclicBarrier group = null;
        for (int t = 0; t < tasks.size(); t++) {
            if (t % together == 0) {
                group = new CyclicBarrier(Math.min(together, tasks.size() - t));
            }
            CyclicBarrier mine = group;
            Callable<T> task = tasks.get(t);
            running.add(threads.submit(() -> {
                mine.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        return results;
    }

    /** The same call on every instance at once. */
    <T> List<T> onEveryInstance(Function<Quiz, T> call) throws Exception {
        return atOnce(instances.stream()
                .<Callable<T>>map(quiz -> () -> call.apply(quiz))
                .toList());
    }

    /** One timer sweep on every instance at once: close what is due, then post what is due. */
    List<RevealView> sweepEverywhere() throws Exception {
        return onEveryInstance(quiz -> {
                    List<RevealView> closed = quiz.closeDueRounds();
                    quiz.postDueDailyQuestions();
                    return closed;
                })
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    static Reply run(Quiz quiz, dev.mlquiz.core.quiz.Invocation who, String command) {
        return quiz.execute(who, CommandParser.parse(command, quiz.bank().topics()));
    }

    List<RevealView> reveals() {
        return announcers.stream().flatMap(a -> a.reveals.stream()).toList();
    }

    List<RecordingAnnouncer.DailyPost> dailyPosts() {
        return announcers.stream().flatMap(a -> a.dailyPosts.stream()).toList();
    }

    static <T> Map<T, Long> counted(Collection<T> items) {
        return items.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void answers_arriving_on_every_instance_count_once_per_player_and_every_instance_shows_the_same_totals()
            throws Exception {
        QuestionCard card = f.ask();
        Letter right = f.correctLetter(card);
        List<Letter> letters = List.of(right, f.wrongLetter(card), Letter.D == right ? Letter.C : Letter.D);
        List<Callable<AnswerOutcome>> clicks = new ArrayList<>();
        for (int p = 0; p < PLAYERS; p++) {
            String name = "p" + p;
            for (int i = 0; i < INSTANCES; i++) {
                Quiz quiz = instances.get(i);
                Letter letter = letters.get((p + i) % INSTANCES);
                clicks.add(() -> quiz.answer(player(name), CHANNEL, card.round(), letter));
            }
        }

        List<AnswerOutcome> outcomes = atOnce(clicks, INSTANCES);

        List<Letter> accepted = new ArrayList<>();
        for (int p = 0; p < PLAYERS; p++) {
            List<Letter> won = outcomes.subList(p * INSTANCES, (p + 1) * INSTANCES).stream()
                    .filter(o -> o instanceof AnswerOutcome.Accepted)
                    .map(o -> ((AnswerOutcome.Accepted) o).letter())
                    .toList();
            assertThat(won).as("player p%d", p).hasSize(1);
            accepted.add(won.get(0));
        }
        f.clock.advance(Duration.ofMinutes(2));
        List<RevealView> closed = sweepEverywhere();

        assertThat(closed).singleElement().isEqualTo(reveals().get(0));
        assertThat(reveals()).hasSize(1);
        assertThat(closed.get(0).answerCount()).isEqualTo(PLAYERS);
        assertThat(closed.get(0).winners())
                .hasSize((int) accepted.stream().filter(right::equals).count());
        List<View> boards = onEveryInstance(
                quiz -> run(quiz, in(CHANNEL, "p0"), "leaderboard").view());
        assertThat(((LeaderboardView) boards.get(0)).players()).isEqualTo(PLAYERS);
        assertThat(boards).allSatisfy(board -> assertThat(board).isEqualTo(boards.get(0)));
    }

    @Test
    void each_round_is_revealed_once_by_whichever_timer_gets_there_first() throws Exception {
        List<ChannelId> channels = IntStream.range(0, 6)
                .mapToObj(c -> new ChannelId(TEAM, "channel" + c))
                .toList();
        Set<RoundId> asked = new HashSet<>();
        for (int c = 0; c < channels.size(); c++) {
            Reply reply = run(instances.get(c % INSTANCES), in(channels.get(c), "asker"), "ask");
            asked.add(((QuestionCard) reply.view()).round());
        }
        f.clock.advance(Duration.ofMinutes(2));

        List<RevealView> closed = sweepEverywhere();
        sweepEverywhere();

        assertThat(closed).extracting(RevealView::round).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(reveals()).extracting(RevealView::round).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void an_early_close_on_one_instance_is_refused_on_the_others() throws Exception {
        Notice closed = Notice.info(Text.of(Msg.CLOSE_CLOSED_EARLY));
        Notice nothingOpen = Notice.error(Text.of(Msg.CLOSE_NO_ROUND_OPEN));
        for (int round = 0; round < 5; round++) {
            run(instances.get(round % INSTANCES), in(CHANNEL, "asker"), "ask");

            List<View> replies = onEveryInstance(
                    quiz -> run(quiz, admin(CHANNEL, "boss"), "close").view());

            assertThat(counted(replies)).isEqualTo(Map.of(closed, 1L, nothingOpen, (long) INSTANCES - 1));
            assertThat(reveals()).hasSize(round + 1);
            for (Quiz quiz : instances) {
                assertThat(run(quiz, admin(CHANNEL, "boss"), "close").view()).isEqualTo(nothingOpen);
            }
        }
    }

    @Test
    void each_channels_question_of_the_day_is_posted_once_per_local_date_with_every_scheduler_running()
            throws Exception {
        ChannelId berlin = new ChannelId(TEAM, "berlin");
        ChannelId tokyo = new ChannelId(TEAM, "tokyo");
        run(f.quiz, admin(berlin, "boss"), "qotd on 09:00 Europe/Berlin mon,tue,wed,thu,fri,sat,sun");
        run(f.quiz, admin(tokyo, "boss"), "qotd on 09:00 Asia/Tokyo mon,tue,wed,thu,fri,sat,sun");

        // Five days in steps of 20 minutes from Monday 06:00 UTC, every instance sweeping at each: Berlin's
        // Monday to Friday, and Tokyo's Monday (late, it is 15:00 there) to Saturday.
        for (int step = 0; step < 5 * 72; step++) {
            sweepEverywhere();
            f.clock.advance(Duration.ofMinutes(20));
        }

        Map<String, Long> perChannelAndDate = counted(dailyPosts().stream()
                .map(post -> post.channel().value() + " " + post.card().closesAt())
                .toList());
        assertThat(perChannelAndDate).hasSize(11);
        assertThat(perChannelAndDate.values()).containsOnly(1L);
    }

    @Test
    void a_day_claimed_by_an_instance_that_died_before_posting_is_posted_once_by_another() throws Exception {
        ChannelId berlin = new ChannelId(TEAM, "berlin");
        run(f.quiz, admin(berlin, "boss"), "qotd on 09:00 Europe/Berlin");
        f.clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        RoundId claimed = new RoundId("diedbeforeposting");
        assertThat(f.stores()
                        .schedules()
                        .claim(berlin, LocalDate.parse("2026-03-02"), claimed, f.clock.instant(), Duration.ofMinutes(2))
                        .status())
                .isEqualTo(DayClaim.Status.CLAIMED);

        for (int second = 0; second < 300; second += 10) {
            sweepEverywhere();
            f.clock.advance(Duration.ofSeconds(10));
        }

        assertThat(dailyPosts())
                .singleElement()
                .satisfies(post -> assertThat(post.card().round()).isEqualTo(claimed));
    }

    @Test
    void decks_never_hand_the_same_question_to_two_instances_for_one_channel() throws Exception {
        run(f.quiz, admin(CHANNEL, "boss"), "qotd on 09:00 UTC mon,tue,wed,thu,fri,sat,sun");
        f.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        List<String> handedOut = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            // Every instance asks and every scheduler posts, all at once: the channel's deck serves both.
            List<Callable<View>> work = new ArrayList<>();
            for (Quiz quiz : instances) {
                work.add(() -> run(quiz, in(CHANNEL, "asker"), "ask").view());
                work.add(() -> {
                    quiz.postDueDailyQuestions();
                    return null;
                });
            }
            List<View> results = atOnce(work);
            results.stream()
                    .filter(view -> view instanceof QuestionCard)
                    .forEach(view -> handedOut.add(((QuestionCard) view).prompt()));
            f.clock.advance(Duration.ofMinutes(2));
            sweepEverywhere();
            f.clock.advance(Duration.ofDays(1).minusMinutes(2));
        }
        dailyPosts().forEach(post -> handedOut.add(post.card().prompt()));

        assertThat(handedOut).hasSize(24).doesNotHaveDuplicates();
    }
}
