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
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.store.Database;
import dev.mlquiz.core.store.JdbcStorage;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.questions.bank.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A quiz on a real SQLite file with a hand-moved clock and a seeded random generator. {@link #restart}
 * builds a fresh quiz on the same file, as a process restart would. A test class that wants a fresh one
 * per test registers {@link #perTest}: it is closed and its directory removed after each test.
 */
public final class QuizFixture implements AutoCloseable, AfterEachCallback {
    public static final TeamId TEAM = new TeamId(Platform.CONSOLE, "team");
    public static final ChannelId CHANNEL = new ChannelId(TEAM, "general");

    public final Path dbFile;
    public final QuestionBank bank;
    public final MutableClock clock;
    public final RecordingAnnouncer announcer = new RecordingAnnouncer();
    public Database db;
    public Quiz quiz;
    private long seed;
    private final List<Database> others = new ArrayList<>();
    private final Optional<Path> ownDir;

    public QuizFixture(Path dir, QuestionBank bank, MutableClock clock) {
        this(dir, bank, clock, Optional.empty());
    }

    private QuizFixture(Path dir, QuestionBank bank, MutableClock clock, Optional<Path> ownDir) {
        this.dbFile = dir.resolve("mlquiz.db");
        this.bank = bank;
        this.clock = clock;
        this.ownDir = ownDir;
        start();
    }

    /** For {@code @RegisterExtension} on an instance field: each test gets its own fresh quiz. */
    public static QuizFixture perTest(QuestionBank bank, MutableClock clock) {
        try {
            Path dir = Files.createTempDirectory("quiz-fixture");
            return new QuizFixture(dir, bank, clock, Optional.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() {
        db = Database.sqlite(dbFile);
        quiz = new Quiz(bank, JdbcStorage.stores(db), announcer, clock, new SplittableRandom(42 + seed++));
    }

    /** A second process on the same database file, with its own announcer. */
    public Quiz anotherInstance(Announcer itsAnnouncer) {
        Database second = Database.sqlite(dbFile);
        others.add(second);
        return new Quiz(bank, JdbcStorage.stores(second), itsAnnouncer, clock, new SplittableRandom(1000 + seed++));
    }

    public void restart() {
        db.close();
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
        return db.queryOne(
                        "SELECT channel_key FROM rounds WHERE round_id = ?",
                        row -> ChannelId.fromKey(row.getString(1)),
                        card.round().value())
                .orElse(CHANNEL);
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
        others.forEach(Database::close);
        db.close();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        if (ownDir.isPresent()) {
            try (Stream<Path> files = Files.walk(ownDir.get())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
