package dev.mlquiz.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlquiz.core.report.FiledReport;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import dev.mlquiz.store.Database;
import dev.mlquiz.store.JdbcStorage;
import dev.mlquiz.store.StorageException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mlquiz reports export}: every team's reports on questions as JSON lines, oldest first, so the
 * maintainers of a bank can act on them. Who reported is left out; each line names the team, the
 * question (with its pack and prompt when the bank still has it), the reason, the details and the status.
 * A report it cannot read (an unknown reason, as a newer version writes) stops the export with one line
 * naming it and exit code 1.
 */
final class ReportsCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ReportsCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.equals(List.of("export"))) {
            err.println("usage: mlquiz reports export   (every team's reports on questions, as JSON lines)");
            return 2;
        }
        AppConfig config;
        try {
            config = AppConfig.from(env);
        } catch (IllegalArgumentException e) {
            err.println("mlquiz: " + e.getMessage());
            return 1;
        }
        if (config.database().missingFile()) {
            err.println("mlquiz: " + config.database().shown() + " does not exist: no reports to export");
            return 1;
        }
        QuestionBank bank = config.loadBank(err);
        int[] lines = {0};
        try (Database db = Databases.open(config.database())) {
            JdbcStorage.stores(db).reports().forEach(report -> {
                out.println(line(report, bank.question(report.questionId())));
                lines[0]++;
            });
            err.println("mlquiz: exported " + lines[0] + " reports from "
                    + config.database().shown());
            return 0;
        } catch (Databases.CannotOpen e) {
            err.println("mlquiz: " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            // A partial export is no export to act on: stop, say where, and fail (a newer mlquiz reads a row
            // this one cannot).
            err.println("mlquiz: the export stopped after " + lines[0] + " reports: " + DatabaseProblem.firstLine(e));
            return 1;
        }
    }

    static String line(FiledReport report, Optional<Question> question) {
        ObjectNode line =
                JSON.createObjectNode().put("team", report.team().key()).put("question", report.questionId());
        question.ifPresent(q -> line.put("pack", q.packId()).put("prompt", q.prompt()));
        line.put("reason", report.reason().word())
                .put("details", report.note())
                .put("reported_at", report.at().toString())
                .put("status", report.status().name().toLowerCase(Locale.ROOT));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
