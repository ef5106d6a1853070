package dev.mlquiz.store;

import static dev.mlquiz.store.testing.Conditions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.answer.AnswerStoreContract;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.store.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that the writer commits together (on PostgreSQL, in one statement) are recorded as if one by one,
 * in the order they came: a second click keeps the first choice, a question pays once per player and team,
 * an answer queued after its round's close is refused. One subclass per engine.
 */
abstract class GroupCommittedAnswersContract {
    private static final TeamId TEAM = new TeamId(Platform.DISCORD, "1");
    private static final ChannelId ONE = new ChannelId(TEAM, "one");
    private static final ChannelId TWO = new ChannelId(TEAM, "two");
    private static final RoundId IN_ONE = new RoundId("round1");
    private static final RoundId IN_TWO = new RoundId("round2");
    private static final PlayerId ALICE = new PlayerId(Platform.DISCORD, "11");
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    protected abstract TestDatabase temp();

    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** The units of each transaction the writer committed, in order. */
    private final List<Integer> transactions = new CopyOnWriteArrayList<>();

    private CountDownLatch release;
    private Future<?> holder;

    @BeforeEach
    void openTwoRoundsOfOneQuestionAndHoldTheWriter() throws Exception {
        temp().stores().rounds().open(AnswerStoreContract.round(IN_ONE, ONE));
        temp().stores().rounds().open(AnswerStoreContract.round(IN_TWO, TWO));
        temp().database().observeWrites((units, took) -> transactions.add(units));
        CountDownLatch holding = new CountDownLatch(1);
        release = new CountDownLatch(1);
        holder = callers.submit(() -> temp().database().transaction(connection -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        holding.await();
    }

    @AfterEach
    void releaseTheWriter() {
        release.countDown();
        callers.shutdownNow();
    }

    private AnswerStore answers() {
        return temp().stores().answers();
    }

    private static Answer answer(RoundId round, ChannelId channel, PlayerId player, Letter choice, boolean correct) {
        return new Answer(
                round,
                player,
                channel,
                RoundKind.ASK,
                "q1",
                "deep-learning",
                Difficulty.ADVANCED,
                choice,
                correct,
                correct ? 3 : 0,
                T0.plusSeconds(10));
    }

    /** Queues the write from a thread of its own, behind the held writer, after everything queued before. */
    private <T> Future<T> queue(java.util.concurrent.Callable<T> write) {
        int before = temp().database().queuedWrites();
        Future<T> result = callers.submit(write);
        awaitUntil(() -> temp().database().queuedWrites() > before);
        return result;
    }

    private Future<Boolean> record(Answer answer) {
        return queue(() -> answers().record(answer));
    }

    /** Lets the writer commit the {@code units} queued, and checks they were committed as one transaction. */
    private void commitTogether(int units) throws Exception {
        assertThat(holder.isDone()).as("the writer was held until now").isFalse();
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(true);
        // The writer tells of a transaction just after completing its callers.
        awaitUntil(() -> transactions.contains(units));
    }

    @Test
    void a_second_click_committed_with_the_first_keeps_the_first_choice() throws Exception {
        Future<Boolean> first = record(answer(IN_ONE, ONE, ALICE, Letter.B, true));
        Future<Boolean> second = record(answer(IN_ONE, ONE, ALICE, Letter.C, false));
        commitTogether(2);

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)))
                .containsExactly(true, false);
        assertThat(answers().find(IN_ONE, ALICE).orElseThrow().choice()).isEqualTo(Letter.B);
    }

    @Test
    void one_question_answered_right_in_two_rounds_of_a_team_committed_together_pays_once() throws Exception {
        Future<Boolean> first = record(answer(IN_ONE, ONE, ALICE, Letter.A, true));
        Future<Boolean> second = record(answer(IN_TWO, TWO, ALICE, Letter.A, true));
        commitTogether(2);

        assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)))
                .containsExactly(true, true);
        assertThat(answers().find(IN_ONE, ALICE).orElseThrow().points()).isEqualTo(3);
        assertThat(answers().find(IN_TWO, ALICE).orElseThrow().points())
                .as("the question is paid already")
                .isZero();
    }

    @Test
    void an_answer_queued_after_its_rounds_close_is_refused_and_one_queued_before_is_kept() throws Exception {
        Future<Boolean> before = record(answer(IN_ONE, ONE, ALICE, Letter.A, true));
        Future<Boolean> closed = queue(() -> temp().stores().rounds().close(IN_ONE, T0.plusSeconds(20)));
        Future<Boolean> after = record(answer(IN_ONE, ONE, new PlayerId(Platform.DISCORD, "12"), Letter.A, true));
        commitTogether(3);

        assertThat(before.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(closed.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(after.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(answers().forRound(IN_ONE)).extracting(Answer::player).containsExactly(ALICE);
    }

    @Test
    void many_players_answers_committed_together_are_each_recorded_once() throws Exception {
        List<Future<Boolean>> recorded = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PlayerId player = new PlayerId(Platform.DISCORD, "p" + (i % 20));
            recorded.add(record(answer(IN_ONE, ONE, player, Letter.at(i % 4), i % 4 == 0)));
        }
        commitTogether(40);

        for (int i = 0; i < recorded.size(); i++) {
            assertThat(recorded.get(i).get(10, TimeUnit.SECONDS))
                    .as("answer %d: each player's first click is kept, the second refused", i)
                    .isEqualTo(i < 20);
        }
        assertThat(answers().countForRound(IN_ONE)).isEqualTo(20);
        assertThat(answers()
                        .find(IN_ONE, new PlayerId(Platform.DISCORD, "p5"))
                        .orElseThrow()
                        .choice())
                .isEqualTo(Letter.at(5 % 4));
    }

    @Test
    void names_and_answers_committed_together_are_all_written() throws Exception {
        List<Future<Boolean>> recorded = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Player player = new Player(new PlayerId(Platform.DISCORD, "n" + (i % 3)), "name " + i);
            queue(() -> {
                temp().stores().directory().rememberPlayer(player);
                return true;
            });
            recorded.add(record(answer(IN_ONE, ONE, player.id(), Letter.A, true)));
        }
        commitTogether(12);

        for (int i = 0; i < recorded.size(); i++) {
            assertThat(recorded.get(i).get(10, TimeUnit.SECONDS))
                    .as("answer %d", i)
                    .isEqualTo(i < 3);
        }
        assertThat(temp().stores()
                        .directory()
                        .names(List.of(
                                new PlayerId(Platform.DISCORD, "n0"),
                                new PlayerId(Platform.DISCORD, "n1"),
                                new PlayerId(Platform.DISCORD, "n2")))
                        .values())
                .as("each player's latest name")
                .containsExactlyInAnyOrder("name 3", "name 4", "name 5");
    }
}
