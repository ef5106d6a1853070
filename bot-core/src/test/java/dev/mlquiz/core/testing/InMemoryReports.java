package dev.mlquiz.core.testing;

import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.FiledReport;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportStatus;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Reports and retired questions in maps, for tests; thread-safe. */
final class InMemoryReports implements ReportStore {
    private record Key(TeamId team, String questionId, PlayerId reporter) {}

    private record Filed(Report report, ReportStatus status) {}

    private final Map<Key, Filed> reports = new LinkedHashMap<>();
    private final Map<TeamId, Set<String>> retired = new HashMap<>();
    private final Map<PlayerId, List<Instant>> filings = new HashMap<>();

    @Override
    public synchronized Filing file(Report report, int limit, Instant since) {
        if (filedSince(report.reporter(), since) >= limit) {
            return Filing.LIMITED;
        }
        Key key = new Key(report.team(), report.questionId(), report.reporter());
        Filed before = reports.remove(key);
        reports.put(key, new Filed(report, ReportStatus.OPEN));
        List<Instant> times = filings.computeIfAbsent(report.reporter(), p -> new ArrayList<>());
        times.removeIf(at -> at.isBefore(report.at().minus(Duration.ofDays(1))));
        times.add(report.at());
        return before == null || before.status() != ReportStatus.OPEN ? Filing.FILED : Filing.RENEWED;
    }

    @Override
    public synchronized int filedSince(PlayerId reporter, Instant since) {
        return (int) filings.getOrDefault(reporter, List.of()).stream()
                .filter(at -> !at.isBefore(since))
                .count();
    }

    @Override
    public synchronized List<ReportSummary> open(TeamId team) {
        Map<String, List<Report>> byQuestion = reports.values().stream()
                .filter(f ->
                        f.status() == ReportStatus.OPEN && f.report().team().equals(team))
                .map(Filed::report)
                .collect(Collectors.groupingBy(Report::questionId));
        List<ReportSummary> summaries = new ArrayList<>();
        byQuestion.forEach((question, filed) -> {
            List<Report> newestFirst = filed.stream()
                    .sorted(Comparator.comparing(Report::at).reversed())
                    .collect(Collectors.toList());
            Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
            filed.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
            List<String> notes = newestFirst.stream()
                    .map(Report::note)
                    .filter(n -> !n.isBlank())
                    .limit(ReportSummary.NOTES)
                    .collect(Collectors.toList());
            summaries.add(new ReportSummary(
                    question, filed.size(), reasons, notes, newestFirst.get(0).at()));
        });
        summaries.sort(Comparator.comparing(ReportSummary::newest).reversed().thenComparing(ReportSummary::questionId));
        return summaries;
    }

    @Override
    public synchronized int dismiss(TeamId team, String questionId) {
        return close(team, questionId, ReportStatus.DISMISSED);
    }

    @Override
    public synchronized int retire(TeamId team, String questionId, Instant at) {
        retired.computeIfAbsent(team, t -> new HashSet<>()).add(questionId);
        return close(team, questionId, ReportStatus.RETIRED);
    }

    private int close(TeamId team, String questionId, ReportStatus status) {
        int closed = 0;
        for (Map.Entry<Key, Filed> entry : reports.entrySet()) {
            Key key = entry.getKey();
            if (key.team().equals(team)
                    && key.questionId().equals(questionId)
                    && entry.getValue().status() == ReportStatus.OPEN) {
                entry.setValue(new Filed(entry.getValue().report(), status));
                closed++;
            }
        }
        return closed;
    }

    @Override
    public synchronized boolean restore(TeamId team, String questionId) {
        return retired.getOrDefault(team, Set.of()).remove(questionId);
    }

    @Override
    public synchronized Set<String> retired(TeamId team) {
        return Set.copyOf(retired.getOrDefault(team, Set.of()));
    }

    @Override
    public void forEach(Consumer<FiledReport> each) {
        List<FiledReport> all;
        synchronized (this) {
            all = reports.values().stream()
                    .map(f -> new FiledReport(
                            f.report().team(),
                            f.report().questionId(),
                            f.report().reason(),
                            f.report().note(),
                            f.report().at(),
                            f.status()))
                    .sorted(Comparator.comparing(FiledReport::at))
                    .collect(Collectors.toList());
        }
        all.forEach(each);
    }
}
