package dev.mlquiz.discord;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.questions.Difficulty;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The slash commands mlquiz registers. Discord sets default member permissions per top-level command,
 * so the admin subcommands live in {@code /mlquiz-admin}, which Discord shows only to members with
 * Manage Server; the core checks the permission again on every call.
 */
public final class SlashCommands {
    public static final String PLAYER_COMMAND = "mlquiz";
    public static final String ADMIN_COMMAND = "mlquiz-admin";

    private SlashCommands() {}

    public static List<CommandData> all() {
        return List.of(player(), admin());
    }

    private static CommandData player() {
        return Commands.slash(PLAYER_COMMAND, "Machine-learning interview quiz")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("ask", "Ask the channel a question").addOptions(topic(), level()),
                        new SubcommandData("practice", "A private question with instant feedback")
                                .addOptions(topic(), level()),
                        new SubcommandData("export", "Your missed questions as a CSV file Anki imports")
                                .addOptions(new OptionData(
                                                OptionType.STRING, "which", "Missed (default) or every one answered")
                                        .addChoice("all", "all")),
                        new SubcommandData("review", "The questions you are due to see again (spaced review)")
                                .addOptions(new OptionData(
                                                OptionType.STRING, "switch", "Turn review on or off (default: next)")
                                        .addChoice("on", "on")
                                        .addChoice("off", "off")),
                        new SubcommandData("leaderboard", "Top players")
                                .addOptions(
                                        window(),
                                        new OptionData(
                                                        OptionType.STRING,
                                                        "scope",
                                                        "Whole server, this channel, or"
                                                                + " channels against each other")
                                                .addChoice("server", "server")
                                                .addChoice("channel", "channel")
                                                .addChoice("channels ranked", "teams")),
                        new SubcommandData("report", "Tell the admins a question is wrong, unclear or outdated")
                                .addOptions(
                                        question(),
                                        reason(),
                                        new OptionData(
                                                        OptionType.STRING,
                                                        "details",
                                                        DiscordRenderer.TEXT.resolve(Msg.REPORT_FORM_NOTE_HINT))
                                                .setMaxLength(Report.MAX_NOTE)),
                        new SubcommandData("stats", "Accuracy, points, streaks and weak topics")
                                .addOption(OptionType.USER, "user", "Whose stats (default: yours)"),
                        new SubcommandData("topics", "Topics and levels you can ask for"),
                        new SubcommandData("qotd", "This channel's question-of-the-day schedule"),
                        new SubcommandData("config", "This channel's settings: round length, time zone, cooldown"),
                        new SubcommandData("help", "Commands and rules"));
    }

    private static CommandData admin() {
        return Commands.slash(ADMIN_COMMAND, "mlquiz settings for server managers")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(new SubcommandData("close", "Close the open round now and reveal the answer"))
                .addSubcommandGroups(
                        qotd(),
                        reports(),
                        new SubcommandGroupData("config", "Channel and server settings")
                                .addSubcommands(
                                        new SubcommandData("round-seconds", "How long rounds in this channel stay open")
                                                .addOptions(new OptionData(
                                                                OptionType.INTEGER, "seconds", "Round length", true)
                                                        .setRequiredRange(
                                                                Settings.MIN_ROUND_SECONDS,
                                                                Settings.MAX_ROUND_SECONDS)),
                                        new SubcommandData(
                                                        "ask-cooldown",
                                                        "Least time between rounds asked in this channel")
                                                .addOptions(new OptionData(
                                                                OptionType.INTEGER,
                                                                "seconds",
                                                                "Seconds after a round closes (0: none)",
                                                                true)
                                                        .setRequiredRange(0, Settings.MAX_ASK_COOLDOWN_SECONDS)),
                                        new SubcommandData("timezone", "The server's time zone for weeks and months")
                                                .addOptions(new OptionData(
                                                        OptionType.STRING,
                                                        "zone",
                                                        "IANA zone such as Europe/Berlin",
                                                        true))));
    }

    private static SubcommandGroupData qotd() {
        return new SubcommandGroupData("qotd", "The question of the day in this channel")
                .addSubcommands(
                        new SubcommandData("on", "Post a question of the day here (or change when)")
                                .addOptions(
                                        new OptionData(OptionType.STRING, "time", "Local time HH:MM (default 09:00)"),
                                        new OptionData(OptionType.STRING, "timezone", "IANA zone (default: server's)")
                                                .setAutoComplete(true),
                                        new OptionData(
                                                OptionType.STRING,
                                                "days",
                                                "mon-fri (default), daily," + " mon,wed,fri ..."),
                                        topic(),
                                        level(),
                                        new OptionData(
                                                        OptionType.INTEGER,
                                                        "hours",
                                                        "Hours open (default: until" + " shortly before the next)")
                                                .setRequiredRange(1, DailySettings.MAX_OPEN.toHours())),
                        new SubcommandData("off", "Stop the question of the day here"),
                        new SubcommandData("status", "Settings, next post time and the last problem"),
                        new SubcommandData("recap", "Last week's leaderboard before the week's first question")
                                .addOptions(new OptionData(OptionType.BOOLEAN, "enabled", "On or off", true)));
    }

    private static SubcommandGroupData reports() {
        return new SubcommandGroupData("reports", "Players' reports on bad questions")
                .addSubcommands(
                        new SubcommandData("list", "Open reports, the most recently reported first"),
                        new SubcommandData("retire", "Take a question out of this server's rounds and reviews")
                                .addOptions(question()),
                        new SubcommandData("dismiss", "Close a question's reports, keeping the question")
                                .addOptions(question()),
                        new SubcommandData("restore", "Bring a retired question back").addOptions(question()));
    }

    private static OptionData question() {
        return new OptionData(OptionType.STRING, "question", "The question's id, shown under its reveal", true);
    }

    private static OptionData reason() {
        OptionData reason = new OptionData(OptionType.STRING, "reason", "What is wrong with it", true);
        for (ReportReason r : ReportReason.values()) {
            reason.addChoice(DiscordRenderer.TEXT.resolve(r.label()), r.word());
        }
        return reason;
    }

    private static OptionData topic() {
        return new OptionData(OptionType.STRING, "topic", "Topic (default: any)").setAutoComplete(true);
    }

    private static OptionData level() {
        OptionData level = new OptionData(OptionType.STRING, "level", "Difficulty (default: any)");
        for (Difficulty difficulty : Difficulty.values()) {
            level.addChoice(difficulty.id(), difficulty.id());
        }
        return level;
    }

    private static OptionData window() {
        OptionData window = new OptionData(OptionType.STRING, "window", "Period (default: this week)");
        for (Window w : Window.values()) {
            window.addChoice(DiscordRenderer.TEXT.resolve(w.title()), w.id());
        }
        return window;
    }
}
