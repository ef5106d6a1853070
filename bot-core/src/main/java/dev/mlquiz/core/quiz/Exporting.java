package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.export.AnkiCsv;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Attachment;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.questions.Question;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /mlquiz export}: the questions a player missed (any wrong answer on a revealed round or in
 * practice), or with {@code all} every one they answered, as a file for Anki. Only revealed answers count,
 * so an open round's question is not in it yet.
 */
final class Exporting {
    private final QuestionBank bank;
    private final AnswerStore answers;

    Exporting(QuestionBank bank, AnswerStore answers) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    Reply export(Invocation who, boolean all) {
        // By question, in the order first answered; a question is missed once any answer to it was wrong.
        Map<String, Boolean> missed = new LinkedHashMap<>();
        for (Answer answer : answers.history(who.player().id())) {
            missed.merge(answer.questionId(), !answer.correct(), Boolean::logicalOr);
        }
        List<Question> questions = missed.entrySet().stream()
                .filter(e -> all || e.getValue())
                .map(e -> bank.question(e.getKey()))
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        if (questions.isEmpty()) {
            return Reply.privately(Notice.info(
                    Text.of(all || missed.isEmpty() ? Msg.EXPORT_NOTHING_ANSWERED : Msg.EXPORT_NOTHING_MISSED)));
        }
        String fileName = all ? "mlquiz-answered.csv" : "mlquiz-missed.csv";
        return Reply.privately(
                Notice.info(Text.of(all ? Msg.EXPORT_READY_ALL : Msg.EXPORT_READY, questions.size(), fileName)),
                new Attachment(fileName, AnkiCsv.of(questions)));
    }
}
