package dev.mlquiz.bench;

import dev.mlquiz.app.console.ConsolePlayground;
import dev.mlquiz.app.console.ConsoleRenderer;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.view.View;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Run in a fresh JVM: loads and validates the bank, opens the database (migrations), and renders a first
 * question; prints the milliseconds since the JVM started.
 */
public final class StartupProbe {
    private StartupProbe() {}

    public static void main(String[] args) {
        QuestionBank bank = QuestionBank.load(Optional.empty());
        if (!bank.problems().isEmpty()) {
            throw new IllegalStateException("bank problems: " + bank.problems());
        }
        try (Database db = Database.sqlite(Path.of(args[0]))) {
            Quiz quiz =
                    new Quiz(bank, JdbcStorage.stores(db), Announcer.SILENT, Clock.systemUTC(), new SplittableRandom());
            Invocation who = new Invocation(
                    new Player(new PlayerId(Platform.CONSOLE, "probe"), "probe"),
                    ConsolePlayground.CHANNEL,
                    "playground",
                    true);
            View card = quiz.execute(
                            who, CommandParser.parse("practice", quiz.bank().topics()))
                    .view();
            String text = ConsoleRenderer.render(card, Clock.systemUTC().instant());
            long ready = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ready " + ready + " " + text.length());
        }
    }
}
