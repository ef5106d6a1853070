package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.ReportStore;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which questions of the bank a filter allows, and what to say when it allows none or only a few. */
final class QuestionPool {
    /** A filter with fewer questions than this repeats them soon, so its rounds say so. */
    static final int THIN_POOL = 5;

    private final QuestionBank bank;
    private final ReportStore reports;

    QuestionPool(QuestionBank bank, ReportStore reports) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    QuestionBank bank() {
        return bank;
    }

    /** The questions the filter allows that the team has not retired. */
    Set<String> eligible(Filter filter, TeamId team) {
        return eligible(filter, retired(team));
    }

    /** The questions the filter allows but those in {@code retired}, for a caller that has read them already. */
    Set<String> eligible(Filter filter, Set<String> retired) {
        return bank.questions().stream()
                .filter(filter::test)
                .map(Question::id)
                .filter(id -> !retired.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Notice noQuestions(Filter filter) {
        return Notice.error(Text.of(Msg.ASK_NO_QUESTIONS, filter.description()));
    }

    /**
     * Said when a filter holds only a few questions: they must come back soon. Repeats are no free points,
     * since the answer store pays a question once per player and team.
     */
    static Optional<Text> thinPoolNote(Filter filter, int questions) {
        return questions >= THIN_POOL
                ? Optional.empty()
                : Optional.of(Text.of(Msg.ASK_THIN_POOL, questions, filter.description()));
    }

    /** Questions per topic (every topic of the bank, none left out) that the team has not retired. */
    Map<Topic, Integer> countsByTopic(TeamId team) {
        Map<Topic, Integer> counts = new LinkedHashMap<>(bank.countsByTopic());
        for (String retired : retired(team)) {
            bank.question(retired).ifPresent(q -> counts.merge(bank.topics().displayed(q.topicId()), -1, Integer::sum));
        }
        return counts;
    }

    /** The questions the team's admins took out of its rotation. */
    Set<String> retired(TeamId team) {
        return reports.retired(team);
    }

    /** Whether the bank still holds the question (a pack may have dropped it since). */
    boolean contains(String questionId) {
        return bank.question(questionId).isPresent();
    }

    /** Whether a request with this filter may be served by the round already open. */
    boolean fits(Round round, Filter filter) {
        return bank.question(round.questionId()).map(filter::test).orElse(false);
    }

    /** The displayed topic of a round's question, for sentences about it. */
    Text topicOf(Round round) {
        return bank.question(round.questionId())
                .map(q -> Text.literal(bank.topics().displayed(q.topicId()).title()))
                .orElse(Text.of(Msg.PRACTICE_RETIRED_QUESTION));
    }
}
