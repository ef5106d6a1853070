package dev.mlquiz.core.report;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reports on questions and the questions each team retired. Shared by every process on the storage, so a
 * player's repeated report counts once whichever process took it.
 */
public interface ReportStore {
    /** What became of a filing. */
    enum Filing {
        /** The player's first open report on the question. */
        FILED,
        /** It replaced the player's open report on the question, which still counts once. */
        RENEWED,
        /** The player had filed {@code limit} reports since the time given: nothing changed. */
        LIMITED
    }

    /**
     * Files the player's report on the question, or replaces their earlier one (reopening it if an admin
     * had closed it): one player counts once per question and team. Unless they filed {@code limit} or
     * more since {@code since}: the count and the filing are one step, so simultaneous reports, from one
     * process or several, never pass the limit. Every filing is recorded for {@link #filedSince}; filings
     * a day older than this one are forgotten.
     */
    Filing file(Report report, int limit, Instant since);

    /**
     * How many times the player filed a report (new or renewed, in any team) at or after {@code since},
     * for the rate limit; exact for a {@code since} within a day of their latest filing.
     */
    int filedSince(PlayerId reporter, Instant since);

    /** The team's open reports by question, the most recently reported question first. */
    List<ReportSummary> open(TeamId team);

    /** Closes the question's open reports in the team as dismissed; how many there were. */
    int dismiss(TeamId team, String questionId);

    /**
     * Takes the question out of the team's rotation and closes its open reports as retired, in one step;
     * how many reports were closed. Retiring it again only closes the reports filed since.
     */
    int retire(TeamId team, String questionId, Instant at);

    /** Puts a retired question back in the team's rotation; false when it was not retired. */
    boolean restore(TeamId team, String questionId);

    /** The questions the team retired. */
    Set<String> retired(TeamId team);

    /** Every team's reports, open or closed, oldest first, one at a time (there may be many). */
    void forEach(Consumer<FiledReport> each);
}
