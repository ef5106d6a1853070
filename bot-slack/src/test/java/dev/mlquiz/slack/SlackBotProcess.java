package dev.mlquiz.slack;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.quiz.RoundCards;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The bot as its own process, for tests that kill it: a SQLite file, a quiz with a round open in
 * channel {@code T1/C1}, and Slack in HTTP mode on 127.0.0.1 against a fake Slack. Prints
 * {@code ready <port> <round>} once serving, then runs until killed.
 *
 * <p>Arguments: the database file, the fake Slack's Web API URL, the signing secret.
 */
public final class SlackBotProcess {
    private SlackBotProcess() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.sqlite(Path.of(args[0]));
        RoundMessages messages = JdbcStorage.roundMessages(db);
        SlackPublisher editor = new SlackPublisher();
        RoundMessageUpdater updater = new RoundMessageUpdater(
                EditCoalescer.onTimer(Duration.ofSeconds(3)),
                editor,
                messages,
                RoundCards.reading(TestBanks.beginner(6), JdbcStorage.stores(db), Clock.systemUTC()));
        Quiz quiz = new Quiz(
                TestBanks.beginner(6), JdbcStorage.stores(db), updater, Clock.systemUTC(), new SplittableRandom(1));
        Invocation admin = new Invocation(
                new Player(new PlayerId(Platform.SLACK, "UADMIN"), "admin"),
                SlackIdentities.channel("T1", "C1"),
                "general",
                true);
        quiz.execute(
                admin,
                CommandParser.parse("config round-seconds 3600", quiz.bank().topics()));
        QuestionCard card = (QuestionCard)
                quiz.execute(admin, CommandParser.parse("ask", quiz.bank().topics()))
                        .view();
        messages.attach(card.round(), "1700000000.000100");
        SlackBot bot = SlackBot.start(
                new SlackSettings(
                        "xoxb-test",
                        Optional.empty(),
                        Optional.of(args[2]),
                        Optional.of(0),
                        Optional.of(args[1]),
                        Set.of()),
                "127.0.0.1",
                quiz,
                updater,
                editor,
                JdbcStorage.deliveryLog(db));
        System.out.println("ready " + bot.httpPort() + " " + card.round().value());
        System.out.flush();
        Thread.currentThread().join();
    }
}
