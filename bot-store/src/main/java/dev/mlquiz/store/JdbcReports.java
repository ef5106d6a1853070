package dev.mlquiz.store;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.FiledReport;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportStatus;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

final class JdbcReports implements ReportStore {
    private static final String OPEN = ReportStatus.OPEN.name();
    /** How many times a player filed since a time: the rate limit's count. */
    private static final String FILED_SINCE =
            "SELECT COUNT(*) FROM report_filings WHERE player_key = ? AND filed_at >= ?";

    private final Database db;

    JdbcReports(Database db) {
        this.db = db;
    }

    @Override
    public Filing file(Report report, int limit, Instant since) {
        return db.write(context -> {
            // The player's row here is locked until the commit (on PostgreSQL; SQLite has one writer):
            // their filings are counted and recorded one at a time, whichever process takes them.
            context.statement(
                            "INSERT INTO report_limits (player_key) VALUES (?) ON CONFLICT (player_key)"
                                    + " DO UPDATE SET player_key = excluded.player_key",
                            report.reporter().key())
                    .executeUpdate();
            int recent = context.query(
                            FILED_SINCE, row -> row.getInt(1), report.reporter().key(), since.toEpochMilli())
                    .get(0);
            if (recent >= limit) {
                return Filing.LIMITED;
            }
            boolean wasOpen = !context.query(
                            "SELECT 1 FROM question_reports WHERE team_key = ? AND question_id = ? AND player_key = ?"
                                    + " AND status = ?",
                            row -> true,
                            report.team().key(),
                            report.questionId(),
                            report.reporter().key(),
                            OPEN)
                    .isEmpty();
            context.statement(
                            "INSERT INTO question_reports (team_key, question_id, player_key, reason, note,"
                                    + " reported_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                    + " ON CONFLICT (team_key, question_id, player_key) DO UPDATE SET"
                                    + " reason = excluded.reason, note = excluded.note,"
                                    + " reported_at = excluded.reported_at, status = excluded.status",
                            report.team().key(),
                            report.questionId(),
                            report.reporter().key(),
                            report.reason().word(),
                            report.note(),
                            report.at().toEpochMilli(),
                            OPEN)
                    .executeUpdate();
            context.statement(
                            "DELETE FROM report_filings WHERE player_key = ? AND filed_at < ?",
                            report.reporter().key(),
                            report.at().minus(Duration.ofDays(1)).toEpochMilli())
                    .executeUpdate();
            context.statement(
                            "INSERT INTO report_filings (player_key, filed_at) VALUES (?, ?)",
                            report.reporter().key(),
                            report.at().toEpochMilli())
                    .executeUpdate();
            return wasOpen ? Filing.RENEWED : Filing.FILED;
        });
    }

    @Override
    public int filedSince(PlayerId reporter, Instant since) {
        return db.queryOne(FILED_SINCE, row -> row.getInt(1), reporter.key(), since.toEpochMilli())
                .orElse(0);
    }

    @Override
    public List<ReportSummary> open(TeamId team) {
        record Row(String questionId, ReportReason reason, String note, Instant at) {}
        List<Row> rows = db.query(
                "SELECT question_id, reason, note, reported_at FROM question_reports WHERE team_key = ?"
                        + " AND status = ? ORDER BY reported_at DESC, question_id",
                row -> new Row(row.getString(1), reason(row.getString(2)), row.getString(3), instant(row, 4)),
                team.key(),
                OPEN);
        // Rows come newest first, so each question's first row is its newest and questions keep that order.
        Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
        rows.forEach(row -> byQuestion
                .computeIfAbsent(row.questionId(), q -> new ArrayList<>())
                .add(row));
        List<ReportSummary> summaries = new ArrayList<>(byQuestion.size());
        byQuestion.forEach((question, filed) -> {
            Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
            filed.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
            List<String> notes = filed.stream()
                    .map(Row::note)
                    .filter(n -> !n.isBlank())
                    .limit(ReportSummary.NOTES)
                    .toList();
            summaries.add(new ReportSummary(
                    question, filed.size(), reasons, notes, filed.get(0).at()));
        });
        return summaries;
    }

    @Override
    public int dismiss(TeamId team, String questionId) {
        return db.update(
                "UPDATE question_reports SET status = ? WHERE team_key = ? AND question_id = ? AND status = ?",
                ReportStatus.DISMISSED.name(),
                team.key(),
                questionId,
                OPEN);
    }

    @Override
    public int retire(TeamId team, String questionId, Instant at) {
        return db.write(context -> {
            context.statement(
                            "INSERT INTO retired_questions (team_key, question_id, retired_at) VALUES (?, ?, ?)"
                                    + " ON CONFLICT (team_key, question_id) DO NOTHING",
                            team.key(),
                            questionId,
                            at.toEpochMilli())
                    .executeUpdate();
            return context.statement(
                            "UPDATE question_reports SET status = ? WHERE team_key = ? AND question_id = ?"
                                    + " AND status = ?",
                            ReportStatus.RETIRED.name(),
                            team.key(),
                            questionId,
                            OPEN)
                    .executeUpdate();
        });
    }

    @Override
    public boolean restore(TeamId team, String questionId) {
        return db.update("DELETE FROM retired_questions WHERE team_key = ? AND question_id = ?", team.key(), questionId)
                > 0;
    }

    @Override
    public Set<String> retired(TeamId team) {
        return new HashSet<>(db.query(
                "SELECT question_id FROM retired_questions WHERE team_key = ?", row -> row.getString(1), team.key()));
    }

    @Override
    public void forEach(Consumer<FiledReport> each) {
        // One statement read as it goes: one snapshot, so a report renewed meanwhile (its reported_at moved)
        // comes out once, and a long history never sits in memory.
        db.forEach(
                "SELECT team_key, question_id, reason, note, reported_at, status FROM question_reports"
                        + " ORDER BY reported_at, team_key, question_id, player_key",
                JdbcReports::filed,
                each);
    }

    /** A row a newer version or a hand edit left unreadable here fails with the report's team and question. */
    private static FiledReport filed(ResultSet row) throws SQLException {
        try {
            return new FiledReport(
                    TeamId.fromKey(row.getString(1)),
                    row.getString(2),
                    reason(row.getString(3)),
                    row.getString(4),
                    instant(row, 5),
                    ReportStatus.valueOf(row.getString(6)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new StorageException(
                    "the report on question " + row.getString(2) + " in team " + row.getString(1) + " cannot be read ("
                            + e.getMessage() + ")",
                    e);
        }
    }

    private static ReportReason reason(String word) {
        return ReportReason.fromWord(word)
                .orElseThrow(() -> new IllegalStateException("unknown report reason '" + word + "'"));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return Instant.ofEpochMilli(row.getLong(column));
    }
}
