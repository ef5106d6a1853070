package dev.mlquiz.core.command;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.score.Window;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** A parsed {@code /mlquiz} command, the same whichever platform it came from. */
public sealed interface Command
        permits Command.Ask,
                Command.Practice,
                Command.Close,
                Command.Leaderboard,
                Command.Teams,
                Command.Stats,
                Command.Topics,
                Command.Help,
                Command.ShowSettings,
                Command.SetRoundSeconds,
                Command.SetAskCooldown,
                Command.SetTimeZone,
                Command.QotdOn,
                Command.QotdOff,
                Command.QotdStatus,
                Command.QotdRecap,
                Command.Invalid {

    /** Whether only admins may run it; adapters look up admin rights (a platform call) only then. */
    default boolean requiresAdmin() {
        return this instanceof Close
                || this instanceof SetRoundSeconds
                || this instanceof SetAskCooldown
                || this instanceof SetTimeZone
                || this instanceof QotdOn
                || this instanceof QotdOff
                || this instanceof QotdRecap;
    }

    record Ask(Filter filter) implements Command {
        public Ask {
            Objects.requireNonNull(filter, "filter");
        }
    }

    record Practice(Filter filter) implements Command {
        public Practice {
            Objects.requireNonNull(filter, "filter");
        }
    }

    record Close() implements Command {}

    record Leaderboard(Window window, LeaderboardScope scope) implements Command {
        public Leaderboard {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(scope, "scope");
        }
    }

    record Teams(Window window) implements Command {
        public Teams {
            Objects.requireNonNull(window, "window");
        }
    }

    /** {@code player}: a platform user id, already stripped of any mention syntax; empty means "me". */
    record Stats(Optional<String> player) implements Command {
        public Stats {
            Objects.requireNonNull(player, "player");
        }
    }

    record Topics() implements Command {}

    record Help() implements Command {}

    /** {@code config} alone: the channel's settings, for anyone to see. */
    record ShowSettings() implements Command {}

    record SetRoundSeconds(int seconds) implements Command {}

    record SetAskCooldown(int seconds) implements Command {}

    record SetTimeZone(ZoneId zone) implements Command {
        public SetTimeZone {
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** Turns the channel's question of the day on, or changes its settings. */
    record QotdOn(DailySettings settings) implements Command {
        public QotdOn {
            Objects.requireNonNull(settings, "settings");
        }
    }

    record QotdOff() implements Command {}

    record QotdStatus() implements Command {}

    /** Whether the first question of each week is preceded by last week's recap. */
    record QotdRecap(boolean on) implements Command {}

    /** Input that is not a valid command, with the message that says why and what would work. */
    record Invalid(String message) implements Command {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
