package dev.mlquiz.core.quiz;

import dev.mlquiz.core.command.Filter;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which questions of the bank a filter allows, and what to say when it allows none or only a few. */
final class QuestionPool {
    /** A filter with fewer questions than this repeats them soon, so its rounds say so. */
    static final int THIN_POOL = 5;

    private final QuestionBank bank;

    QuestionPool(QuestionBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    QuestionBank bank() {
        return bank;
    }

    Set<String> eligible(Filter filter) {
        return bank.questions().stream()
                .filter(filter::test)
                .map(Question::id)
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

    /** Whether a request with this filter may be served by the round already open. */
    /** Whether the bank still holds the question (a pack may have dropped it since). */
    boolean contains(String questionId) {
        return bank.question(questionId).isPresent();
    }

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
