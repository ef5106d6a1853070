package dev.mlquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.testing.TestBanks;
import dev.mlquiz.core.view.HelpView;
import dev.mlquiz.questions.Topics;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HelpTest {
    static final Topics TOPICS = TestBanks.beginner(4).topics();

    @Test
    void each_entry_is_marked_for_admins_exactly_when_the_command_it_shows_needs_an_admin() {
        HelpView help = Help.view(Duration.ofSeconds(60), ZoneOffset.UTC);
        assertThat(help.commands()).isNotEmpty().allSatisfy(entry -> {
            Command command = CommandParser.parse(typed(entry.usage()), TOPICS);
            assertThat(command).as(entry.usage()).isNotInstanceOf(Command.Invalid.class);
            assertThat(entry.adminOnly()).as(entry.usage()).isEqualTo(command.requiresAdmin());
        });
    }

    /** The usage as someone would type it: optional parts left out, placeholders filled in. */
    private static String typed(String usage) {
        return usage.replaceFirst("^/mlquiz ", "")
                .replaceAll(" \\[[^]]*]", "")
                .replace("<n>", "60")
                .replace("<seconds>", "60")
                .replace("<zone>", "UTC")
                .replace("<question>", "q1")
                .replace("<wrong|unclear|outdated|other>", "wrong")
                .replace("on|off", "on");
    }
}
