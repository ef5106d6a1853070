package dev.mlquiz.core.command;

import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code report <question> <reason> [details]} and {@code reports [list|retire|dismiss|restore <question>]}. A
 * question id copied with the backticks or quotes it is shown in is taken without them.
 */
final class ReportWords {
    private ReportWords() {}

    static Command report(List<String> args) {
        if (args.size() < 2) {
            return new Command.Invalid(Text.of(Msg.REPORT_USAGE));
        }
        Optional<ReportReason> reason = ReportReason.fromWord(args.get(1));
        if (reason.isEmpty()) {
            return new Command.Invalid(ReportReason.refusal(args.get(1)));
        }
        String note = String.join(" ", args.subList(2, args.size()));
        if (note.length() > Report.MAX_NOTE) {
            return new Command.Invalid(Text.of(Msg.REPORT_NOTE_TOO_LONG, Report.MAX_NOTE, note.length()));
        }
        return new Command.Report(questionId(args.get(0)), reason.get(), note);
    }

    static Command reports(List<String> args) {
        if (args.isEmpty() || (args.size() == 1 && args.get(0).equalsIgnoreCase("list"))) {
            return new Command.Reports(Command.Reports.Action.LIST, Optional.empty());
        }
        Optional<Command.Reports.Action> action =
                switch (args.get(0).toLowerCase(Locale.ROOT)) {
                    case "retire" -> Optional.of(Command.Reports.Action.RETIRE);
                    case "dismiss" -> Optional.of(Command.Reports.Action.DISMISS);
                    case "restore" -> Optional.of(Command.Reports.Action.RESTORE);
                    default -> Optional.empty();
                };
        if (action.isEmpty() || args.size() != 2) {
            return new Command.Invalid(Text.of(Msg.REPORTS_USAGE, String.join(" ", args)));
        }
        return new Command.Reports(action.get(), Optional.of(questionId(args.get(1))));
    }

    private static String questionId(String word) {
        return word.replaceAll("^[`'\"“‘]+|[`'\"”’]+$", "");
    }
}
