package dev.mlquiz.core.testing;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
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
        return reply.view() instanceof Notice
                ? new Reply(reply.audience(), notice(((Notice) reply.view()).tone(), ((Notice) reply.view()).text()))
                : reply;
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
