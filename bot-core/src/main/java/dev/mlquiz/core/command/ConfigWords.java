package dev.mlquiz.core.command;

import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** Reads {@code config}: alone it shows the settings; with a name and a value it changes one. */
final class ConfigWords {
    private ConfigWords() {}

    static Command read(List<String> args) {
        if (args.isEmpty()) {
            return new Command.ShowSettings();
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("round-seconds")) {
            return seconds(
                    args.get(1),
                    Settings::validRoundSeconds,
                    Command.SetRoundSeconds::new,
                    typed -> Text.of(
                            Msg.CONFIG_ROUND_SECONDS_RANGE,
                            Settings.MIN_ROUND_SECONDS,
                            Settings.MAX_ROUND_SECONDS,
                            typed));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("ask-cooldown")) {
            return seconds(
                    args.get(1),
                    Settings::validAskCooldownSeconds,
                    Command.SetAskCooldown::new,
                    typed -> Text.of(Msg.CONFIG_ASK_COOLDOWN_RANGE, Settings.MAX_ASK_COOLDOWN_SECONDS, typed));
        }
        if (args.size() == 2 && args.get(0).equalsIgnoreCase("timezone")) {
            ZoneParser.Parsed parsed = ZoneParser.parse(args.get(1));
            return parsed instanceof ZoneParser.Zone
                    ? new Command.SetTimeZone(((ZoneParser.Zone) parsed).zone())
                    : new Command.Invalid(((ZoneParser.Refused) parsed).message());
        }
        return new Command.Invalid(Text.of(
                Msg.CONFIG_USAGE,
                Settings.MIN_ROUND_SECONDS,
                Settings.MAX_ROUND_SECONDS,
                Settings.MAX_ASK_COOLDOWN_SECONDS));
    }

    /** A setting in whole seconds: the command when {@code text} is a valid number, else what a valid one is. */
    private static Command seconds(
            String text, IntPredicate valid, IntFunction<Command> command, Function<String, Text> range) {
        try {
            int seconds = Integer.parseInt(text.strip());
            if (valid.test(seconds)) {
                return command.apply(seconds);
            }
        } catch (NumberFormatException e) {
            // falls through to the range message, which says what a valid value looks like
        }
        return new Command.Invalid(range.apply(text));
    }
}
