package dev.mlquiz.core.report;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.Objects;

/** One player's report on one question, as filed in one team. */
public record Report(TeamId team, String questionId, PlayerId reporter, ReportReason reason, String note, Instant at) {
    /** The longest note a report keeps: the modals' limit too. */
    public static final int MAX_NOTE = 500;

    public Report {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a report's note is at most " + MAX_NOTE + " characters");
        }
        if (!team.platform().equals(reporter.platform())) {
            throw new IllegalArgumentException(
                    "a " + reporter.platform() + " player reporting in a " + team.platform() + " team");
        }
    }
}
