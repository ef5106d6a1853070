package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.score.Scoring;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
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
                        entry("/mlquiz ask [topic] [level]", "ask the channel a question", new Command.Ask(Filter.ANY)),
                        entry(
                                "/mlquiz practice [topic] [level]",
                                "a private question with instant feedback",
                                new Command.Practice(Filter.ANY)),
                        entry(
                                "/mlquiz leaderboard [week|month|all] [channel]",
                                "top players of the team or this channel",
                                new Command.Leaderboard(Window.WEEK, LeaderboardScope.TEAM)),
                        entry(
                                "/mlquiz leaderboard teams [week|month|all]",
                                "channels ranked by points per active player",
                                new Command.Teams(Window.WEEK)),
                        entry(
                                "/mlquiz stats [user]",
                                "accuracy, points, streaks and weak topics",
                                new Command.Stats(Optional.empty())),
                        entry("/mlquiz topics", "topics and levels you can ask for", new Command.Topics()),
                        entry("/mlquiz help", "this help", new Command.Help()),
                        entry(
                                "/mlquiz config",
                                "this channel's settings: round length, zone, cooldown, qotd",
                                new Command.ShowSettings()),
                        entry("/mlquiz close", "close the open round now and reveal it", new Command.Close()),
                        entry(
                                "/mlquiz config round-seconds <n>",
                                "round length in this channel (" + Settings.MIN_ROUND_SECONDS + "-"
                                        + Settings.MAX_ROUND_SECONDS + ")",
                                new Command.SetRoundSeconds(Settings.MIN_ROUND_SECONDS)),
                        entry(
                                "/mlquiz config ask-cooldown <seconds>",
                                "least time between rounds asked here (0 = none)",
                                new Command.SetAskCooldown(0)),
                        entry(
                                "/mlquiz config timezone <zone>",
                                "the team's time zone for weeks and months",
                                new Command.SetTimeZone(zone)),
                        entry("/mlquiz qotd status", "this channel's question of the day", new Command.QotdStatus()),
                        entry(
                                "/mlquiz qotd on [HH:MM] [zone] [days] [topic] [level] [8h]",
                                "post a question of the day here (default 09:00, Mon-Fri)",
                                new Command.QotdOn(DailySettings.defaults())),
                        entry("/mlquiz qotd off", "stop the question of the day here", new Command.QotdOff()),
                        entry(
                                "/mlquiz qotd recap on|off",
                                "last week's leaderboard before Monday's question",
                                new Command.QotdRecap(true))),
                List.of(
                        "Everyone in the channel may answer a round once; your first click is final.",
                        "Your choice is confirmed only to you and stays hidden until the round closes (after "
                                + Wording.duration(roundLength) + " in this channel).",
                        "A correct answer earns " + Scoring.pointsFor(Difficulty.BEGINNER) + " point for a beginner, "
                                + Scoring.pointsFor(Difficulty.INTERMEDIATE) + " for an intermediate and "
                                + Scoring.pointsFor(Difficulty.ADVANCED)
                                + " for an advanced question. Wrong answers cost nothing.",
                        "Points land when the round closes: until then boards and stats show nothing of it.",
                        "A question you already scored on in this team scores no points again; it still counts in"
                                + " your stats.",
                        "Practice counts in your personal stats but never on leaderboards.",
                        "Weeks start on Monday and months on the 1st, in the team's time zone (" + Wording.zone(zone)
                                + ").",
                        "No question repeats in a channel until all of its questions have been asked.",
                        "The question of the day scores like a round; answer it right on consecutive days to build"
                                + " a daily streak."));
    }

    /** {@code example}: the command the entry runs, which alone says whether it is for admins. */
    private static HelpView.Entry entry(String usage, String description, Command example) {
        return new HelpView.Entry(usage, description, example.requiresAdmin());
    }
}
