package dev.mlquiz.app.console;

import dev.mlquiz.core.command.Command;
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
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.Attachment;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console front end: one channel, simulated players, the same core as Discord and Slack. Reads
 * commands line by line until {@code /quit} or end of input, so it can be scripted through a pipe.
 */
public final class ConsolePlayground {
    public static final TeamId TEAM = new TeamId(Platform.CONSOLE, "local");
    public static final ChannelId CHANNEL = new ChannelId(TEAM, "playground");
    static final String CHANNEL_NAME = "playground";
    static final String FIRST_PLAYER = "you";
    /**
     * Longer lines are refused whole, and nothing of them is echoed: the longest command, a report with
     * its 500 characters of details, fits.
     */
    static final int LINE_MAX = 600;

    private final Quiz quiz;
    private final ConsoleOutput out;
    private final boolean interactive;
    private final SeenQuestions seen;
    private final Path exports;
    private Player player = player(FIRST_PLAYER);

    /** {@code interactive}: print a prompt before each line (for a terminal, not a pipe). */
    public ConsolePlayground(Quiz quiz, ConsoleOutput out, boolean interactive) {
        this(quiz, out, interactive, Path.of("").toAbsolutePath());
    }

    /** {@code exports}: where an export's file is saved (the working directory, from the launcher). */
    public ConsolePlayground(Quiz quiz, ConsoleOutput out, boolean interactive, Path exports) {
        this.quiz = quiz;
        this.out = out;
        this.interactive = interactive;
        this.seen = out.seen();
        this.exports = exports;
    }

    private static Player player(String name) {
        return new Player(ConsoleName.parse(name).orElseThrow().id(), name);
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
                out.lineRead();
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
        int length = line.codePointCount(0, line.length());
        if (length > LINE_MAX) {
            print("! That line is too long (" + length + " characters; a command fits in " + LINE_MAX + ")."
                    + " Type A-D to answer, /mlquiz help for commands.");
            return true;
        }
        String[] words = line.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT);
        switch (first) {
            case "/quit":
            case "/exit":
                print("Bye.");
                return false;
            case "/as":
                switchPlayer(words.length > 1 ? words[1] : "");
                return true;
            case "/mlquiz":
                command(CommandParser.parse(line, quiz.bank().topics()));
                return true;
            default:
                break;
        }
        Optional<Letter> letter = Letter.parse(line);
        if (letter.isPresent()) {
            answer(letter.get());
        } else if (first.startsWith("/")) {
            print("! Unknown command '" + ConsoleText.excerpt(words[0]) + "'. Commands start with /mlquiz (try"
                    + " /mlquiz help); /as NAME switches player, /quit leaves.");
        } else {
            print("! Unknown input '" + ConsoleText.excerpt(line) + "'. Type A-D to answer, /mlquiz help for"
                    + " commands, /as NAME to switch player, /quit to leave.");
        }
        return true;
    }

    /** A name typed in a command is looked up ignoring case; the console's ids are the names themselves. */
    private void command(Command command) {
        if (command instanceof Command.Stats
                && ((Command.Stats) command).player().isPresent()) {
            String typed = ((Command.Stats) command).player().get();
            Optional<PlayerId> known = ConsoleName.parse(typed)
                    .map(ConsoleName::id)
                    .filter(id -> quiz.knownName(id).isPresent());
            if (known.isEmpty()) {
                print("! No player called '" + ConsoleText.excerpt(typed) + "' has played here yet.");
                return;
            }
            command = new Command.Stats(Optional.of(known.get().value()));
        }
        Invocation who = new Invocation(player, CHANNEL, CHANNEL_NAME, true);
        Reply reply = quiz.execute(who, command);
        show(reply.view());
        reply.attachment().ifPresent(this::save);
    }

    private void save(Attachment attachment) {
        Path file = exports.resolve(attachment.fileName());
        try {
            Files.write(file, attachment.bytes());
            print(ConsoleRenderer.TEXT.resolve(
                    Msg.CONSOLE_EXPORT_SAVED, file.toAbsolutePath().toString()));
        } catch (IOException e) {
            print(ConsoleRenderer.TEXT.resolve(
                    Msg.CONSOLE_EXPORT_FAILED, file.toAbsolutePath().toString(), String.valueOf(e.getMessage())));
        }
    }

    /** A name already played under keeps the spelling on record, so it shows the same everywhere. */
    private void switchPlayer(String typed) {
        if (typed.isEmpty()) {
            print("! Use /as NAME to switch player, for example /as alice.");
            return;
        }
        Optional<ConsoleName> name = ConsoleName.parse(typed);
        if (name.isEmpty()) {
            print("! '" + ConsoleText.excerpt(typed) + "' cannot be a name: use 1-" + ConsoleName.MAX
                    + " letters or digits (any alphabet), dots, dashes or underscores, without spaces.");
            return;
        }
        PlayerId id = name.get().id();
        player = new Player(id, quiz.knownName(id).orElse(name.get().typed()));
        print("You are now '" + player.displayName() + "'.");
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
