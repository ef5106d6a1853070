package dev.mlquiz.core.quiz;

import dev.mlquiz.core.answer.Answer;
import dev.mlquiz.core.answer.AnswerStore;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.score.PlayerStats;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.StatsView;
import dev.mlquiz.questions.bank.QuestionBank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code /mlquiz stats}: a player's record over revealed rounds and practice. */
final class Stats {
    private final QuestionBank bank;
    private final AnswerStore answers;
    private final Names names;
    private final Streaks streaks;
    private final Reviewing reviewing;

    Stats(QuestionBank bank, AnswerStore answers, Names names, Streaks streaks, Reviewing reviewing) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.names = Objects.requireNonNull(names, "names");
        this.streaks = Objects.requireNonNull(streaks, "streaks");
        this.reviewing = Objects.requireNonNull(reviewing, "reviewing");
    }

    /** {@code subject}: a user id on the asker's platform; empty means the asker. */
    Reply stats(Invocation who, Optional<String> subject) {
        if (subject.isEmpty()) {
            return Reply.privately(of(who.player().id(), who.player().displayName()));
        }
        PlayerId id;
        try {
            id = new PlayerId(who.player().id().platform(), subject.get());
        } catch (IllegalArgumentException e) {
            return Reply.privately(Notice.error(Text.of(Msg.STATS_UNKNOWN_USER, subject.get())));
        }
        return Reply.privately(of(id, names.known(id).orElse(subject.get())));
    }

    StatsView of(PlayerId player, String name) {
        List<Answer> history = answers.history(player);
        return new StatsView(
                name, PlayerStats.of(history, streaks.of(history), bank.topics()), reviewing.status(player));
    }
}
