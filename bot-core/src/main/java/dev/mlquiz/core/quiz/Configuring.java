package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.score.Standings;
import dev.mlquiz.core.settings.Settings;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
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
                        new SettingsView.Line(
                                Text.of(Msg.SETTINGS_ROUND_LENGTH), Phrases.duration(settings.roundLength(channel))),
                        new SettingsView.Line(
                                Text.of(Msg.SETTINGS_ASK_COOLDOWN),
                                cooldown.isZero()
                                        ? Text.of(Msg.SETTINGS_ASK_COOLDOWN_NONE)
                                        : Text.of(Msg.SETTINGS_ASK_COOLDOWN_AFTER, Phrases.duration(cooldown))),
                        new SettingsView.Line(
                                Text.of(Msg.SETTINGS_TIME_ZONE),
                                Text.of(Msg.SETTINGS_TIME_ZONE_VALUE, Wording.zone(settings.timeZone(channel.team())))),
                        new SettingsView.Line(Text.of(Msg.SETTINGS_QUESTION_OF_THE_DAY), daily.status(channel))),
                Text.of(Msg.SETTINGS_HOW_TO_CHANGE));
    }

    /** The setters are admin-only; the command dispatch refuses non-admins before they get here. */
    Reply setRoundSeconds(Invocation who, int seconds) {
        settings.setRoundLength(who.channel(), seconds);
        return Reply.privately(
                Notice.info(Text.of(Msg.SETTINGS_ROUND_LENGTH_SET, Phrases.duration(Duration.ofSeconds(seconds)))));
    }

    Reply setAskCooldown(Invocation who, int seconds) {
        settings.setAskCooldown(who.channel(), seconds);
        return Reply.privately(Notice.info(
                seconds == 0
                        ? Text.of(Msg.SETTINGS_ASK_COOLDOWN_OFF)
                        : Text.of(Msg.SETTINGS_ASK_COOLDOWN_SET, Phrases.duration(Duration.ofSeconds(seconds)))));
    }

    /** Time-zone changes a process started and did not finish (it ended mid-way), finished now. */
    List<TeamId> finishInterruptedTimeZoneChanges() {
        return standings.resumeRebuilds();
    }

    Reply setTimeZone(Invocation who, Command.SetTimeZone command) {
        standings.beginRebuild(who.channel().team(), command.zone());
        settings.setTimeZone(who.channel().team(), command.zone());
        standings.rebuild(who.channel().team(), command.zone());
        return Reply.privately(Notice.info(Text.of(Msg.SETTINGS_TIME_ZONE_SET, Wording.zone(command.zone()))));
    }
}
