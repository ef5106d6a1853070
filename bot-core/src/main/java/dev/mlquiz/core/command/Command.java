package dev.mlquiz.core.command;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.text.Text;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** A parsed {@code /mlquiz} command, the same whichever platform it came from. */
public sealed interface Command
        permits Command.Ask,
                Command.Practice,
                Command.Review,
                Command.Export,
                Command.Report,
                Command.Reports,
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

    <T> T accept(CommandVisitor<T> visitor);

    /** The refusal a non-admin gets for it; empty when anyone may run it. Decided in AdminRule. */
    default Optional<Text> adminRefusal() {
        return accept(AdminRule.INSTANCE);
    }

    /** Whether only admins may run it; adapters look up admin rights (a platform call) only then. */
    default boolean requiresAdmin() {
        return adminRefusal().isPresent();
    }

    record Ask(Filter filter) implements Command {
        public Ask {
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.ask(this);
        }
    }

    record Practice(Filter filter) implements Command {
        public Practice {
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.practice(this);
        }
    }

    /** {@code /mlquiz review}: the next due card; {@code on} and {@code off} opt in and out. */
    record Review(Action action) implements Command {
        public enum Action {
            NEXT,
            ON,
            OFF
        }

        public Review {
            Objects.requireNonNull(action, "action");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.review(this);
        }
    }

    /** {@code /mlquiz export [all]}: the missed questions (or all answered) as an Anki CSV file. */
    record Export(boolean all) implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.export(this);
        }
    }

    /** {@code /mlquiz report <question> <reason> [details]}: tells the team's admins a question is bad. */
    record Report(String questionId, ReportReason reason, String note) implements Command {
        public Report {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.report(this);
        }
    }

    /** {@code /mlquiz reports [list|retire|dismiss|restore <question>]}: the admins' side of reports. */
    record Reports(Action action, Optional<String> questionId) implements Command {
        public enum Action {
            LIST,
            RETIRE,
            DISMISS,
            RESTORE
        }

        public Reports {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(questionId, "questionId");
            if ((action == Action.LIST) != questionId.isEmpty()) {
                throw new IllegalArgumentException("reports " + action + " with question " + questionId);
            }
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.reports(this);
        }
    }

    record Close() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.close(this);
        }
    }

    record Leaderboard(Window window, LeaderboardScope scope) implements Command {
        public Leaderboard {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.leaderboard(this);
        }
    }

    record Teams(Window window) implements Command {
        public Teams {
            Objects.requireNonNull(window, "window");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.teams(this);
        }
    }

    /** {@code player}: a platform user id, already stripped of any mention syntax; empty means "me". */
    record Stats(Optional<String> player) implements Command {
        public Stats {
            Objects.requireNonNull(player, "player");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.stats(this);
        }
    }

    record Topics() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.topics(this);
        }
    }

    record Help() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.help(this);
        }
    }

    /** {@code config} alone: the channel's settings, for anyone to see. */
    record ShowSettings() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.showSettings(this);
        }
    }

    record SetRoundSeconds(int seconds) implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.setRoundSeconds(this);
        }
    }

    record SetAskCooldown(int seconds) implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.setAskCooldown(this);
        }
    }

    record SetTimeZone(ZoneId zone) implements Command {
        public SetTimeZone {
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.setTimeZone(this);
        }
    }

    /** Turns the channel's question of the day on, or changes its settings. */
    record QotdOn(DailySettings settings) implements Command {
        public QotdOn {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.qotdOn(this);
        }
    }

    record QotdOff() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.qotdOff(this);
        }
    }

    record QotdStatus() implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.qotdStatus(this);
        }
    }

    /** Whether the first question of each week is preceded by last week's recap. */
    record QotdRecap(boolean on) implements Command {
        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.qotdRecap(this);
        }
    }

    /** Input that is not a valid command, with the message that says why and what would work. */
    record Invalid(Text message) implements Command {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public <T> T accept(CommandVisitor<T> visitor) {
            return visitor.invalid(this);
        }
    }
}
