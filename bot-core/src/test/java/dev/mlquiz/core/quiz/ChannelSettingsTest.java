package dev.mlquiz.core.quiz;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.QuizFixture.CHANNEL;
import static dev.mlquiz.core.testing.QuizFixture.TEAM;
import static dev.mlquiz.core.testing.QuizFixture.admin;
import static dev.mlquiz.core.testing.QuizFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.testing.English;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.testing.QuizFixture;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.HelpView;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.SettingsView;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code config} alone shows what applies in the channel, and help tells the channel's real settings. */
class ChannelSettingsTest {
    static final ChannelId OTHER = new ChannelId(TEAM, "random");

    QuizFixture f;

    @BeforeEach
    void start() {
        f = new QuizFixture(TestBanks.beginner(6), MutableClock.at("2026-03-04T10:00:00Z"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    String settings(ChannelId channel) {
        Reply reply = f.run(in(channel, "alice"), "config");
        assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
        return ((SettingsView) reply.view())
                .lines().stream()
                        .map(line -> english(line.name()) + ": " + english(line.value()))
                        .collect(Collectors.joining("\n"));
    }

    /** Durations are worded in one place; these tests are about which value shows, not its wording. */
    static String seconds(int seconds) {
        return English.duration(Duration.ofSeconds(seconds));
    }

    String rules(ChannelId channel) {
        return String.join(
                "\n", english(((HelpView) f.run(in(channel, "alice"), "help").view()).rules()));
    }

    @Test
    void every_admin_only_command_refuses_a_player_who_is_not_an_admin_and_changes_nothing() {
        String before = settings(CHANNEL);
        for (String command : List.of(
                "config round-seconds 90",
                "config ask-cooldown 300",
                "config timezone europe/berlin",
                "qotd on 08:30",
                "qotd off",
                "qotd recap on",
                "close")) {
            Reply reply = f.run(in(CHANNEL, "alice"), command);
            assertThat(reply.audience()).as(command).isEqualTo(Audience.PRIVATE);
            assertThat(((Notice) reply.view()).tone()).as(command).isEqualTo(Notice.Tone.ERROR);
            assertThat(english(((Notice) reply.view()).message())).as(command).startsWith("Only admins can ");
        }
        assertThat(settings(CHANNEL)).isEqualTo(before);
    }

    @Test
    void config_alone_shows_the_defaults_to_anyone() {
        assertThat(settings(CHANNEL))
                .isEqualTo("Round length: " + seconds(60) + "\n"
                        + "Ask cooldown: none\n"
                        + "Time zone: UTC (the team's; weeks and months follow it)\n"
                        + "Question of the day: The question of the day is off in this channel. Turn it on with"
                        + " /mlquiz qotd on.");
    }

    @Test
    void config_alone_shows_what_admins_set_for_this_channel() {
        f.run(admin(CHANNEL, "admin"), "config round-seconds 90");
        f.run(admin(CHANNEL, "admin"), "config ask-cooldown 300");
        f.run(admin(CHANNEL, "admin"), "config timezone europe/berlin");
        f.run(admin(CHANNEL, "admin"), "qotd on 08:30 mon,wed");

        assertThat(settings(CHANNEL))
                .contains("Round length: " + seconds(90))
                .contains("Ask cooldown: " + seconds(300) + " after a round closes")
                .contains("Time zone: Europe/Berlin")
                .contains("Question of the day: The question of the day is on: Mon, Wed at 08:30 (Europe/Berlin)");
        assertThat(settings(OTHER))
                .contains("Round length: " + seconds(60), "Ask cooldown: none", "Time zone: Europe/Berlin")
                .contains("The question of the day is off in this channel");
    }

    @Test
    void help_tells_the_channels_round_length_and_the_teams_zone() {
        assertThat(rules(CHANNEL))
                .contains("until the round closes (after " + seconds(60) + " in this channel)")
                .contains("in the team's time zone (UTC)");

        f.run(admin(CHANNEL, "admin"), "config round-seconds 120");
        f.run(admin(CHANNEL, "admin"), "config timezone America/New_York");

        assertThat(rules(CHANNEL))
                .contains("until the round closes (after " + seconds(120) + " in this channel)")
                .contains("in the team's time zone (America/New_York)");
        assertThat(rules(OTHER)).contains("(after " + seconds(60) + " in this channel)");
    }

    @Test
    void a_zone_the_parser_refuses_leaves_the_teams_zone_as_it_was() {
        f.run(admin(CHANNEL, "admin"), "config timezone Europe/Berlin");

        assertThat(english(((Notice) f.run(admin(CHANNEL, "admin"), "config timezone +05:30")
                                .view())
                        .message()))
                .contains("'+05:30' is a fixed offset, which does not follow daylight saving.");
        assertThat(settings(CHANNEL)).contains("Time zone: Europe/Berlin");
    }
}
