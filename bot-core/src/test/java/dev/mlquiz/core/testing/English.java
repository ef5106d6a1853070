package dev.mlquiz.core.testing;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Texts as the English catalog says them, for tests that specify exact wording. */
public final class English {
    private English() {}

    public static String english(Text text) {
        return Catalog.english().resolve(text);
    }

    public static List<String> english(List<Text> texts) {
        return texts.stream().map(English::english).collect(Collectors.toList());
    }

    public static Optional<String> english(Optional<Text> text) {
        return text.map(English::english);
    }

    /** The reply with a notice's message written out in English, to compare with one built from words. */
    public static Reply english(Reply reply) {
        if (reply.view() instanceof NotedCard) {
            NotedCard noted = (NotedCard) reply.view();
            return new Reply(
                    reply.audience(),
                    new NotedCard(Text.literal(english(noted.note())), noted.card(), noted.messageLink()));
        }
        return reply.view() instanceof Notice
                ? new Reply(
                        reply.audience(),
                        notice(((Notice) reply.view()).tone(), english(((Notice) reply.view()).message())))
                : reply;
    }

    /** A length of time as the English catalog says it: "1 min 30 s". */
    public static String duration(Duration length) {
        return english(Phrases.duration(length));
    }

    /** "1 point", "2 points". */
    public static String points(int points) {
        return english(Phrases.points(points));
    }

    /** A card shown again under a note in words already written. */
    public static NotedCard noted(String english, QuestionCard card) {
        return new NotedCard(Text.literal(english), card);
    }

    /** The command with a refusal written out in English, to compare with one built from words. */
    public static Command english(Command command) {
        return command instanceof Command.Invalid ? refused(english(((Command.Invalid) command).message())) : command;
    }

    /** A refusal in words already written. */
    public static Command refused(String english) {
        return new Command.Invalid(Text.literal(english));
    }

    /** A notice in words already written. */
    public static Notice notice(Notice.Tone tone, String english) {
        return new Notice(tone, Text.literal(english));
    }
}
