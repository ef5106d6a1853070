package dev.mlquiz.core.testing;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.QuizStores;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A quiz with a hand-moved clock and a seeded random generator, on in-memory storage unless given another
 * {@link FixtureStorage}. {@link #restart} builds a fresh quiz on the same state, as a process restart
 * would; {@link #anotherInstance} is a second process on it. A test class that wants a fresh one per
 * test registers {@link #perTest}: it is closed after each test.
 */
public final class QuizFixture implements AutoCloseable, AfterEachCallback {
    public static final TeamId TEAM = new TeamId(Platform.CONSOLE, "team");
    public static final ChannelId CHANNEL = new ChannelId(TEAM, "general");

    public final QuestionBank bank;
    public final MutableClock clock;
    public final RecordingAnnouncer announcer = new RecordingAnnouncer();
    public Quiz quiz;
    private final FixtureStorage storage;
    private FixtureStorage.Opened opened;
    private long seed;
    private final List<FixtureStorage.Opened> others = new ArrayList<>();

    public QuizFixture(QuestionBank bank, MutableClock clock) {
        this(FixtureStorage.inMemory(), bank, clock);
    }

    public QuizFixture(FixtureStorage storage, QuestionBank bank, MutableClock clock) {
        this.storage = storage;
        this.bank = bank;
        this.clock = clock;
        start();
    }

    /** For {@code @RegisterExtension} on an instance field: each test gets its own fresh quiz. */
    public static QuizFixture perTest(QuestionBank bank, MutableClock clock) {
        return new QuizFixture(bank, clock);
    }

    private void start() {
        opened = storage.open();
        quiz = new Quiz(bank, opened.stores(), announcer, clock, new SplittableRandom(42 + seed++));
    }

    /** The storage ports of the fixture's own quiz. */
    public QuizStores stores() {
        return opened.stores();
    }

    /** A second process on the same state, with its own announcer. */
    public Quiz anotherInstance(Announcer itsAnnouncer) {
        FixtureStorage.Opened second = storage.open();
        others.add(second);
        return new Quiz(bank, second.stores(), itsAnnouncer, clock, new SplittableRandom(1000 + seed++));
    }

    public void restart() {
        opened.close();
        start();
    }

    public static Player player(String name) {
        return new Player(new PlayerId(Platform.CONSOLE, name.toLowerCase()), name);
    }

    public static Invocation in(ChannelId channel, String playerName) {
        return new Invocation(player(playerName), channel, channel.value(), false);
    }

    public static Invocation admin(ChannelId channel, String playerName) {
        return new Invocation(player(playerName), channel, channel.value(), true);
    }

    public Reply run(Invocation who, String command) {
        return quiz.execute(who, CommandParser.parse(command, quiz.bank().topics()));
    }

    /** Asks in the channel and returns the posted card. */
    public QuestionCard ask(ChannelId channel, String command) {
        Reply reply = run(in(channel, "asker"), command);
        if (!(reply.view() instanceof QuestionCard)) {
            throw new AssertionError("expected a question card, got " + reply);
        }
        return (QuestionCard) reply.view();
    }

    public QuestionCard ask() {
        return ask(CHANNEL, "ask");
    }

    /** Answers from the card's own channel, as a click on the posted question would. */
    public AnswerOutcome answer(String playerName, QuestionCard card, Letter letter) {
        return quiz.answer(player(playerName), channelOf(card), card.round(), letter);
    }

    /** The channel the card's round was asked in. */
    public ChannelId channelOf(QuestionCard card) {
        return stores().rounds().find(card.round()).map(Round::channel).orElse(CHANNEL);
    }

    /** The letter showing the correct option on this card. */
    public Letter correctLetter(QuestionCard card) {
        String questionId = card.prompt().replaceAll("\\D", "");
        String right = "Right " + questionId;
        return card.options().stream()
                .filter(o -> o.text().equals(right))
                .findFirst()
                .orElseThrow()
                .letter();
    }

    public Letter wrongLetter(QuestionCard card) {
        Letter right = correctLetter(card);
        return right == Letter.A ? Letter.B : Letter.A;
    }

    @Override
    public void close() {
        others.forEach(FixtureStorage.Opened::close);
        opened.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
