package dev.mlquiz.core.view;

import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's open reports for its admins, the most recently reported question first; {@code more} counts
 * the questions left out to keep the message short.
 */
public record ReportsView(List<Entry> entries, int more) implements View {
    /** One reported question: its id, its prompt (for renderers to cut) and what its reports say. */
    public record Entry(String questionId, String prompt, ReportSummary summary) {
        public Entry {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(summary, "summary");
        }

        /** "3 reports: wrong answer ×2, unclear ×1", reasons in their usual order. */
        public Text tally() {
            Text reasons = null;
            for (ReportReason reason : ReportReason.values()) {
                Integer count = summary.reasons().get(reason);
                if (count != null) {
                    Text one = Text.of(Msg.REPORTS_REASON_TIMES, reason.label(), count);
                    reasons = reasons == null ? one : Text.of(Msg.NAMES_COMMA, reasons, one);
                }
            }
            return Text.of(Msg.REPORTS_TALLY, summary.reporters(), reasons == null ? Text.literal("") : reasons);
        }
    }

    public ReportsView {
        entries = List.copyOf(entries);
    }

    public Text title() {
        return Text.of(Msg.REPORTS_TITLE, entries.size() + more);
    }

    /** What is left out, when anything is. */
    public Optional<Text> moreLine() {
        return more == 0 ? Optional.empty() : Optional.of(Text.of(Msg.REPORTS_MORE, more));
    }

    /** How to act on the reports. */
    public Text hint() {
        return Text.of(Msg.REPORTS_HINT);
    }

    @Override
    public <T> T accept(ViewVisitor<T> visitor) {
        return visitor.reports(this);
    }
}
