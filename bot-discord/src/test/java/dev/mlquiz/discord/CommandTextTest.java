package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.command.LeaderboardScope;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.questions.Topics;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTextTest {
    static final Topics TOPICS = QuestionBank.bundled().topics();

    static Command parse(String group, String sub, Map<String, String> options) {
        return CommandParser.parse(CommandText.of(Optional.ofNullable(group), sub, options), TOPICS);
    }

    @Test
    void slash_options_become_the_shared_command_words() {
        assertThat(CommandText.of(Optional.empty(), "ask", Map.of("topic", "llms-nlp", "level", "advanced")))
                .isEqualTo("ask llms-nlp advanced");
        assertThat(CommandText.of(Optional.empty(), "practice", Map.of())).isEqualTo("practice");
        assertThat(parse(null, "review", Map.of())).isEqualTo(new Command.Review(Command.Review.Action.NEXT));
        assertThat(parse(null, "review", Map.of("switch", "off")))
                .isEqualTo(new Command.Review(Command.Review.Action.OFF));
        assertThat(parse(null, "leaderboard", Map.of("window", "month", "scope", "channel")))
                .isEqualTo(new Command.Leaderboard(Window.MONTH, LeaderboardScope.CHANNEL));
        assertThat(parse(null, "leaderboard", Map.of("scope", "teams"))).isEqualTo(new Command.Teams(Window.WEEK));
        assertThat(parse(null, "stats", Map.of("user", "80351110224678912")))
                .isEqualTo(new Command.Stats(Optional.of("80351110224678912")));
        assertThat(parse("config", "round-seconds", Map.of("seconds", "90")))
                .isEqualTo(new Command.SetRoundSeconds(90));
        assertThat(parse("config", "ask-cooldown", Map.of("seconds", "300")))
                .isEqualTo(new Command.SetAskCooldown(300));
        assertThat(parse(null, "close", Map.of())).isEqualTo(new Command.Close());
    }

    @Test
    void a_typed_value_with_spaces_stays_one_word_and_is_validated_by_the_core() {
        assertThat(parse(null, "ask", Map.of("topic", "deep learning"))).isInstanceOf(Command.Ask.class);
        assertThat(parse(null, "ask", Map.of("topic", "not a topic"))).isInstanceOf(Command.Invalid.class);
    }

    @Test
    void config_alone_shows_the_settings_and_zones_follow_the_shared_parser() {
        assertThat(parse(null, "config", Map.of())).isEqualTo(new Command.ShowSettings());
        assertThat(parse("config", "timezone", Map.of("zone", "utc")))
                .isEqualTo(new Command.SetTimeZone(ZoneId.of("UTC")));
        assertThat(parse("config", "timezone", Map.of("zone", "europe/berlin")))
                .isEqualTo(new Command.SetTimeZone(ZoneId.of("Europe/Berlin")));
        Command offset = parse("config", "timezone", Map.of("zone", "+05:30"));
        assertThat(offset).isInstanceOf(Command.Invalid.class);
        assertThat(parse("qotd", "on", Map.of("timezone", "+05:30"))).isEqualTo(offset);
    }

    @Test
    void question_of_the_day_options_become_the_shared_words() {
        assertThat(CommandText.of(
                        Optional.of("qotd"),
                        "on",
                        Map.of("time", "07:30", "timezone", "Europe/Berlin", "days", "mon,wed", "hours", "8")))
                .isEqualTo("qotd on 07:30 Europe/Berlin mon,wed 8h");
        assertThat(parse("qotd", "recap", Map.of("enabled", "true"))).isEqualTo(new Command.QotdRecap(true));
        assertThat(parse(null, "qotd", Map.of())).isEqualTo(new Command.QotdStatus());
    }

    @Test
    void a_report_keeps_the_spaces_of_its_details_and_the_core_checks_their_length() {
        assertThat(CommandText.of(
                        Optional.empty(),
                        "report",
                        Map.of("question", "ml-001", "reason", "outdated", "details", " Since 2024, see the docs ")))
                .isEqualTo("report ml-001 outdated Since 2024, see the docs");
        assertThat(parse(null, "report", Map.of("question", "ml-001", "reason", "wrong")))
                .isEqualTo(new Command.Report("ml-001", ReportReason.WRONG_ANSWER, ""));
        assertThat(parse(null, "report", Map.of("question", "ml-001", "reason", "other", "details", "x".repeat(501))))
                .isInstanceOf(Command.Invalid.class);
    }

    @Test
    void the_admins_report_subcommands_become_the_reports_words() {
        assertThat(CommandText.of(Optional.of("reports"), "list", Map.of())).isEqualTo("reports");
        assertThat(parse("reports", "list", Map.of()))
                .isEqualTo(new Command.Reports(Command.Reports.Action.LIST, Optional.empty()));
        assertThat(parse("reports", "retire", Map.of("question", "ml-001")))
                .isEqualTo(new Command.Reports(Command.Reports.Action.RETIRE, Optional.of("ml-001")));
        assertThat(parse("reports", "dismiss", Map.of("question", "ml-001")))
                .isEqualTo(new Command.Reports(Command.Reports.Action.DISMISS, Optional.of("ml-001")));
        assertThat(parse("reports", "restore", Map.of("question", "ml-001")))
                .isEqualTo(new Command.Reports(Command.Reports.Action.RESTORE, Optional.of("ml-001")));
    }
}
