package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.ReportsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reports on bad questions: players report one (from the button under a reveal or feedback, or by its id),
 * and the team's admins list them and retire, dismiss or restore a question. A retired question leaves the
 * team's rounds, reviews and questions of the day ({@link QuestionPool} leaves it out).
 */
final class Reporting {
    /** Reports a player may send in {@link #LIMIT_WINDOW}: enough for honest use, too few to flood the admins. */
    static final int LIMIT = 10;

    static final Duration LIMIT_WINDOW = Duration.ofHours(1);
    /** Questions listed at once: what fits one message on every platform. */
    static final int LISTED = 15;
    /** Control characters other than a new line or a tab. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** How much of a prompt a sentence about it quotes. */
    private static final int PROMPT_QUOTED = 80;

    private final ReportStore reports;
    private final QuestionBank bank;
    private final RoundStore rounds;
    private final StoredClock clock;

    Reporting(ReportStore reports, QuestionBank bank, RoundStore rounds, StoredClock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.bank = Objects.requireNonNull(bank, "bank");
        this.rounds = Objects.requireNonNull(rounds, "rounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A report typed as a command: the question named by its id. */
    Reply report(Invocation who, Command.Report command) {
        return Reply.privately(
                file(who.player().id(), who.channel().team(), command.questionId(), command.reason(), command.note()));
    }

    /**
     * A report sent from the form a round's button opened. A round unknown here, or of another team (a
     * forged or foreign button), reports nothing.
     */
    Notice reportRound(PlayerId player, ChannelId from, RoundId round, ReportReason reason, String note) {
        Optional<Round> reported =
                rounds.find(round).filter(r -> r.channel().team().equals(from.team()));
        if (reported.isEmpty()) {
            return Notice.error(Text.of(Msg.REPORT_STALE_BUTTON));
        }
        return file(player, from.team(), reported.get().questionId(), reason, note);
    }

    private Notice file(PlayerId player, TeamId team, String questionId, ReportReason reason, String note) {
        Optional<Question> question = bank.question(questionId);
        if (question.isEmpty()) {
            return Notice.error(Text.of(Msg.REPORT_UNKNOWN_QUESTION, questionId));
        }
        // Control characters (a NUL, say) are no part of a note, and PostgreSQL refuses some of them.
        String details = CONTROL.matcher(note).replaceAll("").strip();
        if (details.length() > Report.MAX_NOTE) {
            return Notice.error(Text.of(Msg.REPORT_NOTE_TOO_LONG, Report.MAX_NOTE, details.length()));
        }
        Instant now = clock.now();
        ReportStore.Filing filing = reports.file(
                new Report(team, questionId, player, reason, details, now), LIMIT, now.minus(LIMIT_WINDOW));
        String quoted = Phrases.cut(question.get().prompt(), PROMPT_QUOTED);
        return switch (filing) {
            case FILED -> Notice.info(Text.of(Msg.REPORT_FILED, quoted));
            case RENEWED -> Notice.info(Text.of(Msg.REPORT_RENEWED, quoted));
            case LIMITED -> Notice.error(Text.of(Msg.REPORT_TOO_MANY, LIMIT));
        };
    }

    /** The admins' commands; the dispatch has checked the caller is one. */
    Reply manage(Invocation who, Command.Reports command) {
        TeamId team = who.channel().team();
        Optional<String> question = command.questionId();
        return Reply.privately(
                switch (command.action()) {
                    case LIST -> list(team);
                    case RETIRE -> retire(team, question.orElseThrow());
                    case DISMISS -> dismiss(team, question.orElseThrow());
                    case RESTORE -> restore(team, question.orElseThrow());
                });
    }

    /** Only a question of the bank is retired: a mistyped id would otherwise be retired silently. */
    private Notice retire(TeamId team, String questionId) {
        if (bank.question(questionId).isEmpty()) {
            return Notice.error(Text.of(Msg.REPORT_UNKNOWN_QUESTION, questionId));
        }
        return Notice.info(Text.of(Msg.REPORTS_RETIRED, questionId, reports.retire(team, questionId, clock.now())));
    }

    /** Any id, so reports on a question a pack has dropped since can be closed too. */
    private Notice dismiss(TeamId team, String questionId) {
        int dismissed = reports.dismiss(team, questionId);
        return dismissed == 0
                ? Notice.error(Text.of(Msg.REPORTS_NOTHING_TO_DISMISS, questionId))
                : Notice.info(Text.of(Msg.REPORTS_DISMISSED, dismissed, questionId));
    }

    private Notice restore(TeamId team, String questionId) {
        return reports.restore(team, questionId)
                ? Notice.info(Text.of(Msg.REPORTS_RESTORED, questionId))
                : Notice.error(Text.of(Msg.REPORTS_NOT_RETIRED, questionId));
    }

    private View list(TeamId team) {
        List<ReportSummary> open = reports.open(team);
        if (open.isEmpty()) {
            return Notice.info(Text.of(Msg.REPORTS_NONE));
        }
        List<ReportsView.Entry> entries = open.stream()
                .limit(LISTED)
                .map(s -> new ReportsView.Entry(
                        s.questionId(),
                        bank.question(s.questionId()).map(Question::prompt).orElse(""),
                        s))
                .toList();
        return new ReportsView(entries, open.size() - entries.size());
    }
}
