package dev.mlquiz.store;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static dev.mlquiz.core.testing.QuizFixture.player;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.FixtureStorage;
import dev.mlquiz.core.testing.ManualDelayer;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one database, as two replicas run: instance A ({@link #a}) and instance B (the
 * fixture's own quiz), each with its own caches. What one of them did is what the other one shows. One
 * subclass per engine.
 */
abstract class TwoInstancesContract {
    /** Where both instances keep their state: called once per test, before {@link #openA}. */
    protected abstract FixtureStorage storage();

    /** Instance A's own connections to the state of {@link #storage}. */
    protected abstract Database openA();

    QuizFixture f;
    /** Instance A: takes the clicks and keeps the round's message current. */
    Quiz a;

    final ManualDelayer delayer = new ManualDelayer();
    final RecordingPublisher messages = new RecordingPublisher();
    RoundMessageUpdater updater;
    /** A's own connection, for the messages its updater remembers. */
    Database aDatabase;

    @BeforeEach
    void start() {
        f = new QuizFixture(
                storage(),
                TestBanks.of(4, List.of("core-concepts"), List.of("beginner")),
                MutableClock.at("2026-03-04T10:00:00Z"));
        aDatabase = openA();
        updater = new RoundMessageUpdater(
                new EditCoalescer(delayer, Duration.ofSeconds(1)),
                messages,
                JdbcStorage.roundMessages(aDatabase),
                RoundCards.reading(f.bank, JdbcStorage.stores(aDatabase), f.clock));
        a = f.anotherInstance(updater);
    }

    @AfterEach
    void close() {
        f.close();
        aDatabase.close();
    }

    /** The platform side of A's updater: every edit of a round's message, in order. */
    static final class RecordingPublisher implements Publisher {
        final List<View> edits = new CopyOnWriteArrayList<>();
        final List<View> posts = new CopyOnWriteArrayList<>();
        Runnable duringNextEdit = () -> {};

        @Override
        public Announcer.PostResult post(ChannelId channel, List<View> views) {
            posts.addAll(views);
            return new Announcer.PostResult.Posted("message");
        }

        @Override
        public CompletionStage<Void> edit(ChannelId channel, String messageRef, View view) {
            Runnable during = duringNextEdit;
            duringNextEdit = () -> {};
            during.run();
            edits.add(view);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Asked on B, whose front end posted the question as the message A's updater edits. */
    QuestionCard askOnB() {
        QuestionCard card = f.ask();
        updater.shown(card.round(), "message");
        return card;
    }

    AnswerOutcome answerOnA(String name, QuestionCard card, Letter letter) {
        return a.answer(player(name), CHANNEL, card.round(), letter);
    }

    RevealView closeOnB() {
        f.run(admin(CHANNEL, "admin"), "close");
        return f.announcer.reveals.get(f.announcer.reveals.size() - 1);
    }

    int recordedAnswers(QuestionCard card) {
        return f.stores().answers().countForRound(card.round());
    }

    List<String> boardOnA() {
        LeaderboardView view = (LeaderboardView) a.execute(
                        in(CHANNEL, "eve"),
                        CommandParser.parse("leaderboard", a.bank().topics()))
                .view();
        return view.top().stream().map(l -> l.name() + " " + l.points()).collect(Collectors.toList());
    }

    @Test
    void a_round_closed_on_b_refuses_answers_on_a_and_counts_match_the_reveal() {
        QuestionCard card = askOnB();
        assertThat(answerOnA("alice", card, Letter.A)).isInstanceOf(AnswerOutcome.Accepted.class);

        RevealView reveal = closeOnB();

        assertThat(answerOnA("bob", card, Letter.B)).isEqualTo(new AnswerOutcome.RoundClosed(card.round()));
        assertThat(answerOnA("alice", card, Letter.C))
                .isEqualTo(new AnswerOutcome.AlreadyAnswered(card.round(), Letter.A));
        assertThat(recordedAnswers(card)).isEqualTo(reveal.answerCount()).isEqualTo(1);
    }

    @Test
    void a_board_on_a_shows_points_revealed_on_b_at_once() {
        QuestionCard first = askOnB();
        answerOnA("alice", first, f.correctLetter(first));
        closeOnB();
        assertThat(boardOnA()).containsExactly("alice 1");

        QuestionCard second = askOnB();
        f.answer("bob", second, f.correctLetter(second));
        closeOnB();

        assertThat(boardOnA()).containsExactlyInAnyOrder("alice 1", "bob 1");
    }

    String zoneOnA() {
        return a.settingsView(CHANNEL).lines().stream()
                .filter(line -> english(line.name()).equals("Time zone"))
                .findFirst()
                .map(line -> english(line.value()))
                .orElseThrow();
    }

    @Test
    void a_time_zone_set_on_b_is_seen_by_a() {
        assertThat(zoneOnA()).startsWith("UTC ");

        f.run(admin(CHANNEL, "admin"), "config timezone Europe/Berlin");

        assertThat(zoneOnA()).startsWith("Europe/Berlin ");
    }

    @Test
    void no_live_count_edit_follows_a_reveal_on_b() {
        QuestionCard card = askOnB();
        answerOnA("alice", card, Letter.A);

        closeOnB();
        delayer.runAll();

        assertThat(messages.edits).isEmpty();
    }

    @Test
    void a_reveal_on_b_during_a_count_edit_on_a_is_shown_last() {
        QuestionCard card = askOnB();
        answerOnA("alice", card, Letter.A);
        messages.duringNextEdit = this::closeOnB;

        delayer.runAll();

        RevealView reveal = f.announcer.reveals.get(0);
        assertThat(messages.edits).hasSize(2);
        assertThat(messages.edits.get(0)).isInstanceOf(QuestionCard.class);
        assertThat(messages.edits.get(1)).isEqualTo(reveal);
    }

    @Test
    void a_live_count_edit_on_a_shows_answers_given_on_b() {
        QuestionCard card = askOnB();
        answerOnA("alice", card, Letter.A);
        f.answer("bob", card, Letter.B);

        delayer.runAll();

        assertThat(messages.edits).singleElement().satisfies(edit -> assertThat(((QuestionCard) edit).answerCount())
                .isEqualTo(2));
    }

    @Test
    void a_count_edit_on_a_keeps_the_note_of_a_round_asked_on_b() {
        QuestionCard card = askOnB();
        answerOnA("alice", card, Letter.A);

        delayer.runAll();

        assertThat(card.note()).isPresent();
        assertThat(messages.edits).singleElement().satisfies(edit -> assertThat(((QuestionCard) edit).note())
                .isEqualTo(card.note()));
    }

    @Test
    void a_reveal_whose_question_message_is_unknown_is_posted_anew() {
        QuestionCard card = f.ask();
        answerOnA("alice", card, Letter.A);

        a.execute(admin(CHANNEL, "admin"), CommandParser.parse("close", a.bank().topics()));
        delayer.runAll();

        assertThat(messages.edits).isEmpty();
        assertThat(messages.posts).singleElement().isInstanceOf(RevealView.class);
    }
}
