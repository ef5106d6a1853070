package dev.mlquiz.app.console;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.quiz.Announcer;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.View;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Where the console writes: replies to typed lines, and reveals announced from the round timer. */
public final class ConsoleOutput implements Announcer {
    private final PrintStream out;
    private final Clock clock;
    private final ConsolePictures pictures;
    private final SeenQuestions seen = new SeenQuestions();
    /** The prompt shown and still waiting for its line, or null; guarded by {@code out}. */
    private String openPrompt;

    /** Text only: no picture cards. */
    public ConsoleOutput(PrintStream out, Clock clock) {
        this(out, clock, ConsolePictures.NONE);
    }

    /** {@code pictures}: where leaderboards, stats and recaps save their picture cards. */
    public ConsoleOutput(PrintStream out, Clock clock, ConsolePictures pictures) {
        this.out = out;
        this.clock = clock;
        this.pictures = pictures;
    }

    /** What has been shown in this run, for letters typed without saying which question they answer. */
    SeenQuestions seen() {
        return seen;
    }

    /** The view, and where its picture card was saved when it has one. */
    public void show(View view) {
        print(ConsoleRenderer.render(view, clock.instant()) + saved(view));
    }

    /** "\nSaved to /path/leaderboard-1.png" for a view with a picture card, else nothing. */
    private String saved(View view) {
        return pictures.save(view).map(line -> "\n" + line).orElse("");
    }

    public void show(String prefix, View view) {
        print(prefix + ConsoleRenderer.render(view, clock.instant()));
    }

    /**
     * Reveals arrive on the timer thread while the reader prints replies, so writes are serialised. One that
     * arrives while a prompt waits (someone may be typing after it) goes on lines of its own, and the prompt
     * is shown again below it. Everything printed is made {@linkplain ConsoleText#printable printable}.
     */
    public void print(String text) {
        synchronized (out) {
            if (openPrompt != null) {
                out.println();
            }
            out.println(ConsoleText.printable(text));
            if (openPrompt != null) {
                out.print(openPrompt);
            }
            out.flush();
        }
    }

    public void prompt(String text) {
        synchronized (out) {
            openPrompt = ConsoleText.printable(text);
            out.print(openPrompt);
            out.flush();
        }
    }

    /** The line the prompt waited for has been read: what is printed next answers it. */
    public void lineRead() {
        synchronized (out) {
            openPrompt = null;
        }
    }

    @Override
    public CompletionStage<Void> roundClosed(RevealView reveal) {
        show(reveal);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public PostResult postDailyQuestion(ChannelId channel, Optional<RecapView> recap, QuestionCard card) {
        // Seen before it is printed, so a letter typed at once goes to it; printed in one piece, so no
        // reply or prompt lands between the recap, the heading and the card.
        seen.shownToChannel(card);
        Instant now = clock.instant();
        String recapText = recap.map(view -> ConsoleRenderer.render(view, now) + saved(view) + "\n")
                .orElse("");
        print(recapText + "Question of the day!\n" + ConsoleRenderer.render(card, now));
        return new PostResult.Posted(card.round().value());
    }

    @Override
    public void answerRecorded(RoundId round, ChannelId channel) {
        // Each answer is already echoed as it is typed; there is no posted message to refresh.
    }
}
