package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Locale;

/** {@code review}, {@code review on}, {@code review off}. */
final class ReviewWords {
    private ReviewWords() {}

    static Command read(List<String> args) {
        if (args.isEmpty()) {
            return new Command.Review(Command.Review.Action.NEXT);
        }
        if (args.size() == 1) {
            switch (args.get(0).toLowerCase(Locale.ROOT)) {
                case "on":
                    return new Command.Review(Command.Review.Action.ON);
                case "off":
                    return new Command.Review(Command.Review.Action.OFF);
                default:
                    break;
            }
        }
        return new Command.Invalid(Text.of(Msg.REVIEW_USAGE, String.join(" ", args)));
    }
}
