package dev.mlquiz.bench;

import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.view.QuestionCard;

/** A round asked by an admin that stays open for an hour, so a whole burst lands in it. */
final class LongRound {
    private LongRound() {}

    static QuestionCard ask(Quiz quiz, Invocation admin) {
        quiz.execute(
                admin,
                CommandParser.parse("config round-seconds 3600", quiz.bank().topics()));
        return (QuestionCard)
                quiz.execute(admin, CommandParser.parse("ask", quiz.bank().topics()))
                        .view();
    }
}
