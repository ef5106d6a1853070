package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Announcer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ServedTeamsTest {
    static final TeamId SLACK = new TeamId(Platform.SLACK, "T1");
    static final TeamId DISCORD = new TeamId(Platform.DISCORD, "80351110224678912");
    static final TeamId CONSOLE = new TeamId(Platform.CONSOLE, "local");

    @Test
    void a_slack_only_process_leaves_discord_and_console_rounds_to_the_processes_that_show_them() {
        Predicate<TeamId> served =
                DiscordLaunch.servedTeams(new RoutingAnnouncer().route(Platform.SLACK, Announcer.SILENT), null);

        assertThat(served.test(SLACK)).isTrue();
        assertThat(served.test(DISCORD)).isFalse();
        assertThat(served.test(CONSOLE)).isFalse();
    }

    @Test
    void the_console_serves_its_own_team_only() {
        Predicate<TeamId> served =
                DiscordLaunch.servedTeams(new RoutingAnnouncer().route(Platform.CONSOLE, Announcer.SILENT), null);

        assertThat(served.test(CONSOLE)).isTrue();
        assertThat(served.test(SLACK)).isFalse();
        assertThat(served.test(DISCORD)).isFalse();
    }
}
