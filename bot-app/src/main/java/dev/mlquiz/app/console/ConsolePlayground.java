package dev.mlquiz.app.console;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The console front end: one channel, simulated players, the same core as Discord and Slack. Reads
 * commands line by line until {@code /quit} or end of input, so it can be scripted through a pipe.
 */
public final class ConsolePlayground {
    public static final TeamId TEAM = new TeamId(Platform.CONSOLE, "local");
    public static final ChannelId CHANNEL = new ChannelId(TEAM, "playground");
    static final String CHANNEL_NAME = "playground";
    static final String FIRST_PLAYER = "you";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final Quiz quiz;
    private final ConsoleOutput out;
    private final boolean interactive;
    private final SeenQuestions seen;
    private Player player = player(FIRST_PLAYER);

    /** {@code interactive}: print a prompt before each line (for a terminal, not a pipe). */
    public ConsolePlayground(Quiz quiz, ConsoleOutput out, boolean interactive) {
        this.quiz = quiz;
        this.out = out;
        this.interactive = interactive;
        this.seen = out.seen();
    }

    private static Player player(String name) {
        return new Player(new PlayerId(Platform.CONSOLE, name.toLowerCase(Locale.ROOT)), name);
    }

    /** Plays until {@code /quit} or end of input. */
    public void run(BufferedReader in) {
        print("mlquiz console playground - " + quiz.bank().questions().size() + " questions. You are '"
                + player.displayName() + "'. Try /mlquiz ask, then A-D. /mlquiz help lists commands, /as NAME"
                + " switches player, /quit leaves.");
        showWhatIsStillOpen();
        try {
            prompt();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!handle(line.strip())) {
                    return;
                }
                prompt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the console failed", e);
        }
    }

    /** Handles one line; false when the player asked to leave. */
    boolean handle(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        if (line.equalsIgnoreCase("/quit") || line.equalsIgnoreCase("/exit")) {
            print("Bye.");
            return false;
        }
        if (line.toLowerCase(Locale.ROOT).startsWith("/as")) {
            switchPlayer(line.substring(3).strip());
        } else if (line.toLowerCase(Locale.ROOT).startsWith("/mlquiz")) {
            Invocation who = new Invocation(player, CHANNEL, CHANNEL_NAME, true);
            show(quiz.execute(who, CommandParser.parse(line)).view());
        } else if (Letter.parse(line).isPresent()) {
            answer(Letter.parse(line).get());
        } else {
            print("! Unknown input '" + line + "'. Type A-D to answer, /mlquiz help for commands, /as NAME to switch"
                    + " player, /quit to leave.");
        }
        return true;
    }

    private void switchPlayer(String name) {
        if (!NAME.matcher(name).matches()) {
            print("! Use /as NAME with 1-32 letters, digits, dots, dashes or underscores.");
            return;
        }
        player = player(name);
        print("You are now '" + name + "'.");
    }

    /**
     * A restart keeps rounds open, but their questions scrolled away with the last run: the channel's
     * are shown again, and the player is told about their own practice question.
     */
    private void showWhatIsStillOpen() {
        for (QuestionCard card : quiz.openQuestions(CHANNEL, player.id())) {
            if (card.kind() == RoundKind.PRACTICE) {
                print("Your practice question (" + card.topic().title()
                        + ") is still open; /mlquiz practice shows it again.");
            } else {
                print(
                        card.kind() == RoundKind.DAILY
                                ? "The question of the day is still open:"
                                : "A round is still open in this channel:");
                show(card);
            }
        }
    }

    /** Shows a reply; a question in it is what a letter typed next answers. */
    private void show(View view) {
        out.show(view);
        if (view instanceof QuestionCard) {
            seen.shown((QuestionCard) view, player.id());
        } else if (view instanceof NotedCard) {
            seen.shown(((NotedCard) view).card(), player.id());
        }
    }

    /**
     * A letter answers the open question its player saw last, or else the first one open (the channel
     * round, the question of the day, the player's practice question). When that could be in doubt, the
     * reply says which question it went to.
     */
    private void answer(Letter letter) {
        List<QuestionCard> open = quiz.openQuestions(CHANNEL, player.id());
        if (open.isEmpty()) {
            print("! No question is waiting for you. Start one with /mlquiz ask or /mlquiz practice.");
            return;
        }
        List<RoundId> seenByPlayer = seen.newestFirst(player.id());
        QuestionCard target = seenByPlayer.stream()
                .flatMap(round -> open.stream().filter(card -> card.round().equals(round)))
                .findFirst()
                .orElse(open.get(0));
        boolean inDoubt = open.size() > 1 || !seenByPlayer.contains(target.round());
        String who = player.displayName() + (inDoubt ? ", on " + ConsoleRenderer.which(target) : "") + ": ";
        out.show(who, new AnswerView(quiz.answer(player, CHANNEL, target.round(), letter)));
    }

    private void prompt() {
        if (interactive) {
            out.prompt(player.displayName() + "> ");
        }
    }

    private void print(String text) {
        out.print(text);
    }
}
