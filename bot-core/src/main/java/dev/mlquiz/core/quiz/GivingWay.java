package dev.mlquiz.core.quiz;

import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.round.Round;
import dev.mlquiz.core.round.RoundStore;

/**
 * When a private question (practice, review) gives way to a channel round: the round has the same question
 * open, in the team the private question was asked in or in the team the player is in now (a Discord user's
 * private question follows them into every server). Its feedback would tell the round's answer before the
 * reveal, so it is withdrawn instead of shown or answered.
 */
final class GivingWay {
    private GivingWay() {}

    static boolean givesWay(RoundStore rounds, Round privateQuestion, TeamId here) {
        String questionId = privateQuestion.questionId();
        TeamId askedIn = privateQuestion.channel().team();
        return rounds.openChannelQuestions(askedIn).contains(questionId)
                || (!here.equals(askedIn) && rounds.openChannelQuestions(here).contains(questionId));
    }
}
