package dev.mlquiz.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question's open reports in one team: how many players reported it, for which reasons, their latest
 * notes (newest first, blank ones left out, at most {@link #NOTES}) and when the newest came.
 */
public record ReportSummary(
        String questionId, int reporters, Map<ReportReason, Integer> reasons, List<String> notes, Instant newest) {
    /** The most notes a summary carries. */
    public static final int NOTES = 3;

    public ReportSummary {
        Objects.requireNonNull(questionId, "questionId");
        reasons = Map.copyOf(reasons);
        notes = List.copyOf(notes);
        Objects.requireNonNull(newest, "newest");
    }
}
