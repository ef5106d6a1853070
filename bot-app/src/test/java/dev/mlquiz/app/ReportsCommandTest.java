package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsCommandTest {
    static final String QUESTION = "neural-network-neuron";

    final Launch launch = new Launch();
    final ByteArrayOutputStream out = launch.out;
    final ByteArrayOutputStream err = launch.err;

    int run(Map<String, String> env, String input, String... args) {
        out.reset();
        err.reset();
        return launch.run(env, input, args);
    }

    @Test
    void a_report_made_in_the_console_is_exported_as_a_json_line_without_the_reporter(@TempDir Path dir)
            throws Exception {
        Map<String, String> env = Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString());
        run(
                env,
                "/mlquiz report `" + QUESTION + "` wrong B, not \"C\"\nsee ü\n/mlquiz report " + QUESTION
                        + " unclear\n");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Thanks: your report on \u201c")
                .contains("You had already reported \u201c");

        assertThat(run(env, "", "reports", "export")).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("team").asText()).startsWith("console:");
        assertThat(line.get("question").asText()).isEqualTo(QUESTION);
        assertThat(line.get("pack").asText()).isEqualTo("deep-learning");
        assertThat(line.get("prompt").asText()).startsWith("In a standard feed-forward neural network");
        assertThat(line.get("reason").asText())
                .as("the player's last word counts")
                .isEqualTo("unclear");
        assertThat(line.get("status").asText()).isEqualTo("open");
        assertThat(line.has("reported_at")).isTrue();
        assertThat(lines.get(0)).doesNotContain("\"player").doesNotContain("you");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exported 1 reports");
    }

    @Test
    void in_the_console_you_are_the_admin_who_lists_and_retires_reports(@TempDir Path dir) {
        Map<String, String> env = Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString());

        run(
                env,
                "/mlquiz report " + QUESTION + " outdated\n/mlquiz reports\n/mlquiz reports retire " + QUESTION
                        + "\n/mlquiz reports\n");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Open reports: 1 question:\n  " + QUESTION + "  In a standard feed-forward")
                .contains("1 report: outdated \u00d71, ")
                .contains("Retired " + QUESTION + ": this team will not see it again")
                .contains("No open reports.");
    }

    @Test
    void details_with_quotes_commas_and_any_script_survive_the_json(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString());
        run(env, "/mlquiz report " + QUESTION + " other B, not \"C\" \u2014 na\u00efve \u65e5\u672c\n");

        assertThat(run(env, "", "reports", "export")).isZero();

        JsonNode line =
                new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(line.get("details").asText()).isEqualTo("B, not \"C\" \u2014 na\u00efve \u65e5\u672c");
    }

    @Test
    void the_console_takes_a_report_with_500_characters_of_details(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString());
        run(env, "/mlquiz report " + QUESTION + " other " + "d".repeat(500) + "\n");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Thanks: your report");
        assertThat(run(env, "", "reports", "export")).isZero();
        assertThat(new ObjectMapper()
                        .readTree(out.toString(StandardCharsets.UTF_8).strip())
                        .get("details")
                        .asText())
                .hasSize(500);
    }

    @Test
    void a_report_this_version_cannot_read_stops_the_export_with_one_line_naming_it_and_exit_1(@TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("quiz.db");
        Map<String, String> env = Map.of("MLQUIZ_DB", db.toString());
        run(env, "/mlquiz report bias-variance-tradeoff unclear\n/mlquiz report " + QUESTION + " wrong nope\n");
        // A reason a newer version knows, or a hand edit: on the newer report, so the older one is exported first.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(
                            "UPDATE question_reports SET reason = 'spam' WHERE question_id = '" + QUESTION + "'"))
                    .isEqualTo(1);
        }

        assertThat(run(env, "", "reports", "export")).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .last()
                .asString()
                .startsWith("mlquiz: the export stopped after 1 reports: the report on question " + QUESTION
                        + " in team console:")
                .endsWith(" cannot be read (unknown report reason 'spam')");
    }

    @Test
    void a_database_that_does_not_exist_is_one_line_and_creates_nothing(@TempDir Path dir) {
        Path missing = dir.resolve("nope.db");

        assertThat(run(Map.of("MLQUIZ_DB", missing.toString()), "", "reports", "export"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("nope.db does not exist: no reports to export\n");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anything_but_export_prints_the_usage(@TempDir Path dir) {
        assertThat(run(Map.of("MLQUIZ_DB", dir.resolve("quiz.db").toString()), "", "reports"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: mlquiz reports export");
    }
}
