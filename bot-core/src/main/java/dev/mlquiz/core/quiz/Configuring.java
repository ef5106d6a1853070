package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.core.view.Wording;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** {@code /mlquiz config}: shows the channel's settings, and lets admins change them. */
final class Configuring {
    private final Settings settings;
    private final Standings standings;
    private final DailyQuestions daily;

    Configuring(Settings settings, Standings standings, DailyQuestions daily) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.daily = Objects.requireNonNull(daily, "daily");
    }

    /** Every setting that applies in the channel, defaults included. */
    SettingsView view(ChannelId channel) {
        Duration cooldown = settings.askCooldown(channel);
        return new SettingsView(
                List.of(
                        new SettingsView.Line("Round length", Wording.duration(settings.roundLength(channel))),
                        new SettingsView.Line(
                                "Ask cooldown",
                                cooldown.isZero() ? "none" : Wording.duration(cooldown) + " after a round closes"),
                        new SettingsView.Line(
                                "Time zone",
                                Wording.zone(settings.timeZone(channel.team()))
                                        + " (the team's; weeks and months follow it)"),
                        new SettingsView.Line("Question of the day", daily.status(channel))),
                "Admins change them with config round-seconds, config ask-cooldown, config timezone and qotd on.");
    }

    /** The setters are admin-only; the command dispatch refuses non-admins before they get here. */
    Reply setRoundSeconds(Invocation who, int seconds) {
        settings.setRoundLength(who.channel(), seconds);
        return Reply.privately(
                Notice.info("Rounds in this channel now last " + Wording.duration(Duration.ofSeconds(seconds)) + "."));
    }

    Reply setAskCooldown(Invocation who, int seconds) {
        settings.setAskCooldown(who.channel(), seconds);
        return Reply.privately(Notice.info(
                seconds == 0
                        ? "Rounds in this channel may now be asked back to back."
                        : "A new round can be asked here " + Wording.duration(Duration.ofSeconds(seconds))
                                + " after the last one closed."));
    }

    Reply setTimeZone(Invocation who, Command.SetTimeZone command) {
        settings.setTimeZone(who.channel().team(), command.zone());
        standings.rebuild(who.channel().team(), command.zone());
        return Reply.privately(Notice.info("The team's time zone is now " + Wording.zone(command.zone())
                + ". Weekly and monthly leaderboards follow it."));
    }
}
