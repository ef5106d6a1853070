package dev.mlquiz.core.report;

import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.Objects;

/** A report as maintainers of the bank see it: everything but who filed it. */
public record FiledReport(
        TeamId team, String questionId, ReportReason reason, String note, Instant at, ReportStatus status) {
    public FiledReport {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }
}
