package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.HelpView;
import dev.mlquiz.core.view.Wording;
import dev.mlquiz.questions.Difficulty;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The command list and the rules of the game, in one place for every platform. */
final class Help {
    private Help() {}

    /** {@code roundLength} and {@code zone}: what applies where help was asked, not the defaults. */
    static HelpView view(Duration roundLength, ZoneId zone) {
        return new HelpView(
                List.of(
                        entry("/mlquiz ask [topic] [level]", Text.of(Msg.HELP_ASK), new Command.Ask(Filter.ANY)),
                        entry(
                                "/mlquiz practice [topic] [level]",
                                Text.of(Msg.HELP_PRACTICE),
                                new Command.Practice(Filter.ANY)),
                        entry(
                                "/mlquiz review [on|off]",
                                Text.of(Msg.HELP_REVIEW),
                                new Command.Review(Command.Review.Action.NEXT)),
                        entry("/mlquiz export [all]", Text.of(Msg.HELP_EXPORT), new Command.Export(false)),
                        entry(
                                "/mlquiz report <question> <wrong|unclear|outdated|other> [details]",
                                Text.of(Msg.HELP_REPORT),
                                new Command.Report("q", ReportReason.OTHER, "")),
                        entry(
                                "/mlquiz reports [list|retire|dismiss|restore <question>]",
                                Text.of(Msg.HELP_REPORTS),
                                new Command.Reports(Command.Reports.Action.LIST, Optional.empty())),
                        entry(
                                "/mlquiz leaderboard [week|month|all] [channel]",
                                Text.of(Msg.HELP_LEADERBOARD),
                                new Command.Leaderboard(Window.WEEK, LeaderboardScope.TEAM)),
                        entry(
                                "/mlquiz leaderboard teams [week|month|all]",
                                Text.of(Msg.HELP_TEAMS),
                                new Command.Teams(Window.WEEK)),
                        entry("/mlquiz stats [user]", Text.of(Msg.HELP_STATS), new Command.Stats(Optional.empty())),
                        entry("/mlquiz topics", Text.of(Msg.HELP_TOPICS), new Command.Topics()),
                        entry("/mlquiz help", Text.of(Msg.HELP_HELP), new Command.Help()),
                        entry("/mlquiz config", Text.of(Msg.HELP_CONFIG), new Command.ShowSettings()),
                        entry("/mlquiz close", Text.of(Msg.HELP_CLOSE), new Command.Close()),
                        entry(
                                "/mlquiz config round-seconds <n>",
                                Text.of(Msg.HELP_ROUND_SECONDS, Settings.MIN_ROUND_SECONDS, Settings.MAX_ROUND_SECONDS),
                                new Command.SetRoundSeconds(Settings.MIN_ROUND_SECONDS)),
                        entry(
                                "/mlquiz config ask-cooldown <seconds>",
                                Text.of(Msg.HELP_ASK_COOLDOWN),
                                new Command.SetAskCooldown(0)),
                        entry(
                                "/mlquiz config timezone <zone>",
                                Text.of(Msg.HELP_TIME_ZONE),
                                new Command.SetTimeZone(zone)),
                        entry("/mlquiz qotd status", Text.of(Msg.HELP_QOTD_STATUS), new Command.QotdStatus()),
                        entry(
                                "/mlquiz qotd on [HH:MM] [zone] [days] [topic] [level] [8h]",
                                Text.of(Msg.HELP_QOTD_ON),
                                new Command.QotdOn(DailySettings.defaults())),
                        entry("/mlquiz qotd off", Text.of(Msg.HELP_QOTD_OFF), new Command.QotdOff()),
                        entry("/mlquiz qotd recap on|off", Text.of(Msg.HELP_QOTD_RECAP), new Command.QotdRecap(true))),
                List.of(
                        Text.of(Msg.HELP_RULE_ONCE),
                        Text.of(Msg.HELP_RULE_HIDDEN, Phrases.duration(roundLength)),
                        Text.of(
                                Msg.HELP_RULE_POINTS,
                                Scoring.pointsFor(Difficulty.BEGINNER),
                                Scoring.pointsFor(Difficulty.INTERMEDIATE),
                                Scoring.pointsFor(Difficulty.ADVANCED)),
                        Text.of(Msg.HELP_RULE_POINTS_LAND),
                        Text.of(Msg.HELP_RULE_SCORED_ONCE),
                        Text.of(Msg.HELP_RULE_PRACTICE),
                        Text.of(Msg.HELP_RULE_WEEKS, Wording.zone(zone)),
                        Text.of(Msg.HELP_RULE_NO_REPEATS),
                        Text.of(Msg.HELP_RULE_DAILY)));
    }

    /** {@code example}: the command the entry runs, which alone says whether it is for admins. */
    private static HelpView.Entry entry(String usage, Text description, Command example) {
        return new HelpView.Entry(usage, description, example.requiresAdmin());
    }
}
